package io.pylon.account;

import java.util.Set;

/** An account as a client writes it: the parent by id, the country as its code. */
public record AccountDraft(String name, String nativeName, String country, AgencyType agencyType,
                           Set<Sector> sectors, Long parentAccountId, Classification classification) {
}
