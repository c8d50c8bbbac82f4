package io.pylon.account;

import io.pylon.audit.Change;
import io.pylon.merge.AccountMerge;
import java.time.Instant;

/**
 * One entry of an account's history: a change of the account (ADD, MOD, DEL) with its state after
 * it, or the merge of another account into it (MERGE) with the merged account as it was.
 */
public record AccountChangeView(long revision, Instant madeAt, String username, String change, AccountView state,
                                MergedView merged) {

    /** An account merged into another, as it was when merged. */
    public record MergedView(long id, String name, String nativeName, String country) {

        public static MergedView of(AccountMerge merge) {
            return new MergedView(merge.mergedAccountId(), merge.mergedName(), merge.mergedNativeName(),
                    merge.mergedCountry().value());
        }
    }

    static AccountChangeView of(Change<Account> change) {
        return new AccountChangeView(change.revision(), change.madeAt(), change.username(), change.kind(),
                AccountView.of(change.state()), null);
    }

    static AccountChangeView of(AccountMerge merge) {
        return new AccountChangeView(merge.revision().id(), merge.revision().madeAt(), merge.revision().username(),
                "MERGE", null, MergedView.of(merge));
    }
}
