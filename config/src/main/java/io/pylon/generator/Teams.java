package io.pylon.generator;

import java.sql.SQLException;
import java.util.List;

/** Each account's team: lead, bid lead, project lead, sponsor, and the demo viewer where the demo users are. */
final class Teams {

    private Teams() {
    }

    static void write(Database database, List<Agency> agencies) throws SQLException {
        IdBlocks ids = database.ids("team_member");
        try (Inserts inserts = database.inserts()) {
            Inserts.Table members = inserts.into("team_member",
                    agencies.stream().mapToLong(agency -> agency.team().memberships().size()).sum(),
                    "id", "account_id", "user_id", "team_role");
            for (Agency agency : agencies) {
                for (Team.Membership membership : agency.team().memberships()) {
                    members.row(ids.next(), agency.id(), membership.colleague().id(), membership.role().name());
                }
            }
        }
    }
}
