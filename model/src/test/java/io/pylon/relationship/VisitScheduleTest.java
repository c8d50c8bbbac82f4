package io.pylon.relationship;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Tier;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VisitScheduleTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 31);
    private final VisitCadence defaults = VisitCadence.defaults();

    @Test
    void nextVisitFallsDueTheCadenceAfterTheLastOne() {
        VisitSchedule schedule = VisitSchedule.of(Tier.B, defaults, LocalDate.of(2026, 2, 10), TODAY);
        assertThat(schedule.cadenceMonths()).isEqualTo(3);
        assertThat(schedule.nextDue()).isEqualTo(LocalDate.of(2026, 5, 10));
        assertThat(schedule.status()).isEqualTo(VisitStatus.OK);
        assertThat(schedule.needsVisit()).isFalse();
    }

    @Test
    void anAccountNeverVisitedIsDueToday() {
        VisitSchedule schedule = VisitSchedule.of(Tier.C, defaults, null, TODAY);
        assertThat(schedule.lastVisit()).isNull();
        assertThat(schedule.nextDue()).isEqualTo(TODAY);
        assertThat(schedule.status()).isEqualTo(VisitStatus.DUE);
        assertThat(schedule.needsVisit()).isTrue();
    }

    @Test
    void dueWithinFourteenDaysOverdueFromTheDayAfter() {
        // Tier A: one month. Month ends clamp: 28 Feb plus a month is 28 Mar.
        assertThat(VisitSchedule.of(Tier.A, defaults, LocalDate.of(2026, 3, 14), TODAY).status())
                .as("due 14 April, 14 days ahead").isEqualTo(VisitStatus.DUE);
        assertThat(VisitSchedule.of(Tier.A, defaults, LocalDate.of(2026, 3, 15), TODAY).status())
                .as("due 15 April, 15 days ahead").isEqualTo(VisitStatus.OK);
        assertThat(VisitSchedule.of(Tier.A, defaults, LocalDate.of(2026, 2, 28), TODAY).status())
                .as("due 28 March").isEqualTo(VisitStatus.OVERDUE);
        assertThat(VisitSchedule.of(Tier.A, defaults, LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 28)).status())
                .as("due today").isEqualTo(VisitStatus.DUE);
    }

    @Test
    void followsTheCadenceInForce() {
        LocalDate twoMonthsAgo = TODAY.minusMonths(2);
        assertThat(VisitSchedule.of(Tier.C, defaults, twoMonthsAgo, TODAY).status()).isEqualTo(VisitStatus.OK);
        VisitCadence monthly = VisitCadence.defaultsWith(Map.of(Tier.C, 1));
        VisitSchedule schedule = VisitSchedule.of(Tier.C, monthly, twoMonthsAgo, TODAY);
        assertThat(schedule.cadenceMonths()).isEqualTo(1);
        assertThat(schedule.status()).isEqualTo(VisitStatus.OVERDUE);
    }
}
