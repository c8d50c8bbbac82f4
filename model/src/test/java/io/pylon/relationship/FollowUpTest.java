package io.pylon.relationship;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FollowUpTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private final User owner = new User("am", "Amir", "hash", EnumSet.of(Role.ACCOUNT_MANAGER));
    private final Interaction visit = new Interaction(
            new Account(new AccountProfile("Kenya Railways", null, CountryCode.of("KEN"), AgencyType.AGENCY, Set.of(),
                    null, null)),
            new InteractionDetails(InteractionKind.VISIT, TODAY.minusDays(3), "Site visit", null),
            Set.of(owner), Set.of(), "am", Instant.parse("2026-03-28T10:00:00Z"));

    @Test
    void isOverdueOnlyWhileOpenAndAfterItsDueDay() {
        FollowUp followUp = visit.followUp("Send the feasibility study", owner, TODAY.minusDays(1));
        assertThat(followUp.isOverdue(TODAY)).isTrue();
        assertThat(followUp.isOverdue(TODAY.minusDays(1))).as("due today").isFalse();

        followUp.complete("am", Instant.parse("2026-03-31T09:00:00Z"));
        assertThat(followUp.isOpen()).isFalse();
        assertThat(followUp.isOverdue(TODAY)).isFalse();
        assertThat(visit.followUps()).containsExactly(followUp);
    }

    @Test
    void completingAgainKeepsTheFirstCompletionAndReopeningForgetsIt() {
        FollowUp followUp = visit.followUp("Call the director", owner, TODAY);
        followUp.complete("am", Instant.parse("2026-03-31T09:00:00Z"));
        followUp.complete("bid", Instant.parse("2026-03-31T10:00:00Z"));
        assertThat(followUp.completedBy()).isEqualTo("am");

        followUp.reopen();
        assertThat(followUp.isOpen()).isTrue();
        assertThat(followUp.completedBy()).isNull();
        assertThat(followUp.completedAt()).isNull();
    }

    @Test
    void aRevisionChangesWhatWhoAndWhenButNotWhetherItIsDone() {
        User colleague = new User("bid", "Bea", "hash", EnumSet.of(Role.BID_MANAGER));
        FollowUp followUp = visit.followUp("Call the director", owner, TODAY.minusDays(1));
        followUp.complete("am", Instant.parse("2026-03-31T09:00:00Z"));

        followUp.revise("  Call the   deputy director ", colleague, TODAY.plusDays(7));
        assertThat(followUp.description()).isEqualTo("Call the deputy director");
        assertThat(followUp.owner()).isSameAs(colleague);
        assertThat(followUp.dueOn()).isEqualTo(TODAY.plusDays(7));
        assertThat(followUp.completedBy()).isEqualTo("am");

        assertThatThrownBy(() -> followUp.revise(" ", owner, TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("description"));
        assertThat(followUp.owner()).as("a refused revision changes nothing").isSameAs(colleague);
        assertThat(followUp.dueOn()).isEqualTo(TODAY.plusDays(7));
    }

    @Test
    void needsADescription() {
        assertThatThrownBy(() -> visit.followUp("  ", owner, TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
                    assertThat(violation.field()).isEqualTo("description");
                    assertThat(violation.reason()).isEqualTo(Reason.BLANK);
                });
    }

    @Test
    void anInteractionHappensByTodayAndNeedsASummary() {
        InteractionDetails tomorrow = new InteractionDetails(InteractionKind.CALL, TODAY.plusDays(1), "Call", null);
        assertThatThrownBy(() -> tomorrow.requireHappenedBy(TODAY))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.reason()).isEqualTo(Reason.IN_THE_FUTURE));
        new InteractionDetails(InteractionKind.CALL, TODAY, "Call", null).requireHappenedBy(TODAY);
        assertThatThrownBy(() -> new InteractionDetails(InteractionKind.CALL, TODAY, null, "x"))
                .isInstanceOfSatisfying(DomainRuleViolation.class,
                        violation -> assertThat(violation.field()).isEqualTo("summary"));
    }
}
