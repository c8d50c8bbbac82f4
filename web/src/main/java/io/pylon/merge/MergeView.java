package io.pylon.merge;

import io.pylon.account.AccountChangeView;
import io.pylon.account.AccountView;
import java.time.Instant;

/** A merge done: the surviving account as it is now, the account merged into it, who and when. */
public record MergeView(AccountView account, AccountChangeView.MergedView merged, String mergedBy, Instant mergedAt) {

    static MergeView of(AccountMerge merge) {
        return new MergeView(AccountView.of(merge.surviving()), AccountChangeView.MergedView.of(merge),
                merge.revision().username(), merge.revision().madeAt());
    }
}
