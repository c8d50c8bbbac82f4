package io.pylon.account;

import io.pylon.audit.Change;
import java.time.Instant;

/** One entry of an account's history. */
public record AccountChangeView(long revision, Instant madeAt, String username, String change, AccountView state) {

    static AccountChangeView of(Change<Account> change) {
        return new AccountChangeView(change.revision(), change.madeAt(), change.username(), change.kind(),
                AccountView.of(change.state()));
    }
}
