package io.pylon.account;

import java.util.List;

/** An account as the API shows it. */
public record AccountView(long id, long version, String name, String nativeName, String country,
                          AgencyType agencyType, List<Sector> sectors, ParentView parent,
                          Classification classification, Tier tier) {

    public record ParentView(long id, String name) {
    }

    public static AccountView of(Account account) {
        Account parent = account.parent();
        return new AccountView(account.id(), account.version(), account.name(), account.nativeName(),
                account.country().value(), account.agencyType(), account.sectors().stream().sorted().toList(),
                parent == null ? null : new ParentView(parent.id(), parent.name()), account.classification(), account.tier());
    }
}
