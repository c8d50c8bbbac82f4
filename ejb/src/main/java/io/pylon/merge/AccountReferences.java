package io.pylon.merge;

import static io.pylon.merge.AccountReference.dropped;
import static io.pylon.merge.AccountReference.moved;
import static io.pylon.merge.AccountReference.movedUnlessPresent;
import static io.pylon.merge.AccountReference.movedUnlessSurvivorHasOne;

import java.util.List;

/**
 * Every column in the schema that references {@code account(id)}, and what a merge does to it.
 * A migration that adds such a column adds its line here; {@code AccountMergeApiIT} compares this
 * list with the foreign keys the database reports and fails on any it does not name.
 */
public final class AccountReferences {

    public static final List<AccountReference> ALL = List.of(
            moved("account", "parent_id"),
            movedUnlessPresent("team_member", "account_id", "user_id"),
            moved("contact", "account_id"),
            moved("satisfaction_survey", "account_id"),
            moved("project", "owner_id"),
            moved("project", "borrower_id"),
            // Same-year plans are combined before this (AccountPlans.moveAll); what is left moves as it is.
            moved("account_plan", "account_id"),
            moved("account_alias", "account_id"),
            moved("account_merge", "surviving_account_id"),
            moved("interaction", "account_id"),
            moved("opportunity", "account_id"),
            // The merged account's tier changes stay readable in the surviving account's tier history.
            moved("tier_change", "account_id"),
            movedUnlessSurvivorHasOne("account_rating", "account_id"),
            // A score is derived (its parts go with it): the next scoring run scores the surviving account anew.
            dropped("account_score", "account_id"),
            // A decision about the merged agency says nothing about the surviving one.
            dropped("account_pair_kept_apart", "first_account_id"),
            dropped("account_pair_kept_apart", "second_account_id"));

    private AccountReferences() {
    }
}
