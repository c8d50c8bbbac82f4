package io.pylon.generator;

import io.pylon.account.Sector;
import io.pylon.shared.NormalizedName;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** The agency accounts, parents before their children, with the tiers placed for them. */
final class Accounts {

    private Accounts() {
    }

    static void write(Database database, List<Agency> agencies, TierPlacement tiers) throws SQLException {
        try (Inserts inserts = database.inserts()) {
            Inserts.Table accounts = inserts.into("account", agencies.size(), "id", "version", "name", "native_name",
                    "normalized_name", "country", "agency_type", "sectors", "parent_id", "classification", "tier",
                    "computed_tier", "tier_override_reason");
            for (Agency agency : agencies) {
                accounts.row(agency.id(), 0L, agency.name(), null, NormalizedName.of(agency.name()),
                        agency.country().code(), agency.kind().type().name(),
                        agency.sectors().stream().map(Sector::name).collect(Collectors.joining(",")),
                        agency.parentId(), agency.classification() == null ? null : agency.classification().name(),
                        tiers.inForce(agency).name(), tiers.computed(agency).name(), tiers.overrideReason(agency));
            }
        }
    }
}
