package io.pylon.account;

import java.math.BigDecimal;
import java.util.List;

/** An account as the API shows it; {@code score} (0-100, as last computed) in the list and the single account only. */
public record AccountView(long id, long version, String name, String nativeName, String country,
                          AgencyType agencyType, List<Sector> sectors, ParentView parent,
                          Classification classification, Tier tier, BigDecimal score) {

    public record ParentView(long id, String name) {
    }

    public static AccountView of(Account account) {
        return of(account, null);
    }

    public static AccountView of(Account account, BigDecimal score) {
        Account parent = account.parent();
        return new AccountView(account.id(), account.version(), account.name(), account.nativeName(),
                account.country().value(), account.agencyType(), account.sectors().stream().sorted().toList(),
                parent == null ? null : new ParentView(parent.id(), parent.name()), account.classification(), account.tier(),
                score);
    }
}
