package io.pylon.account;

import java.time.Instant;

/** One entry of an account's history. */
public record AccountChangeView(long revision, Instant madeAt, String username, String change, AccountView state) {

    static AccountChangeView of(AccountRevision revision) {
        return new AccountChangeView(revision.revision(), revision.madeAt(), revision.username(), revision.change(),
                AccountView.of(revision.state()));
    }
}
