package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Milestones and the project's slippage, and the state of a conditional GO's conditions. */
class MilestoneTest {

    /** The project starts (its G0 is decided) on 2026-01-05. */
    private static final Instant STARTED = Instant.parse("2026-01-05T09:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

    private final Account agency = new Account(new AccountProfile("Kenya Railways Corporation", null,
            CountryCode.of("KEN"), AgencyType.STATE_OWNED_ENTERPRISE, Set.of(Sector.RAIL), null,
            Classification.INDUSTRY));
    private final Project project = new Project(new PlannedProject("Nairobi commuter rail", agency, null,
            CountryCode.of("KEN"), Sector.RAIL, ContractType.EPC_F), GateTemplates.defaults(Sector.RAIL, ContractType.EPC_F));

    MilestoneTest() {
        project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec", STARTED);
    }

    private Milestone milestone(String name, LocalDate plannedOn) {
        return new Milestone(project, name, Phase.PLANNING, plannedOn, "pm", STARTED);
    }

    @Test
    void slipsByTheDaysReachedAfterItsPlanOrByTheDaysOverdueWhileNotReached() {
        Milestone notice = milestone("Notice to proceed", LocalDate.of(2026, 2, 1));
        assertThat(notice.slippageDays(LocalDate.of(2026, 1, 20))).as("not yet due").isZero();
        assertThat(notice.slippageDays(TODAY)).as("overdue").isEqualTo(28);

        notice.reach(LocalDate.of(2026, 2, 11), TODAY, "pm", STARTED);
        assertThat(notice.slippageDays(TODAY)).as("reached late").isEqualTo(10);
        notice.replan(LocalDate.of(2026, 2, 21), "pm", STARTED);
        assertThat(notice.slippageDays(TODAY)).as("reached early").isEqualTo(-10);
        notice.reopen("pm", STARTED);
        assertThat(notice.reachedOn()).isEmpty();
        assertThat(notice.slippageDays(TODAY)).isEqualTo(8);
    }

    @Test
    void refusesDaysBeforeTheProjectStartedAReachInTheFutureAndABlankName() {
        assertRefused(() -> milestone("Notice to proceed", LocalDate.of(2026, 1, 4)), "plannedOn", Reason.OUT_OF_RANGE);
        assertRefused(() -> milestone(" ", LocalDate.of(2026, 2, 1)), "name", Reason.BLANK);
        assertRefused(() -> milestone("Notice to proceed", null), "plannedOn", Reason.REQUIRED);
        Milestone notice = milestone("Notice to proceed", LocalDate.of(2026, 2, 1));
        assertRefused(() -> notice.reach(TODAY.plusDays(1), TODAY, "pm", STARTED), "reachedOn", Reason.IN_THE_FUTURE);
        assertRefused(() -> notice.reach(LocalDate.of(2026, 1, 1), TODAY, "pm", STARTED), "reachedOn",
                Reason.OUT_OF_RANGE);
        assertThat(notice.reachedOn()).isEmpty();
        notice.reach(TODAY, TODAY, "pm", STARTED);
        assertThat(notice.reachedOn()).contains(TODAY);
    }

    @Test
    void theProjectSlipsByItsLatestGateOrMilestone() {
        assertThat(project.slippageDays(List.of(), TODAY)).as("nothing planned").isEmpty();
        project.plan(GateCode.G1, LocalDate.of(2026, 2, 20));
        assertThat(project.slippageDays(List.of(), TODAY)).contains(9L);

        Milestone survey = milestone("Topographic survey", LocalDate.of(2026, 2, 1));
        assertThat(project.slippageDays(List.of(survey), TODAY)).as("the milestone is later").contains(28L);
        survey.reach(LocalDate.of(2026, 1, 25), TODAY, "pm", STARTED);
        assertThat(project.slippageDays(List.of(survey), TODAY)).as("the gate is later again").contains(9L);
    }

    @Test
    void aKilledProjectSlipsOnlyByWhatItReached() {
        Milestone survey = milestone("Topographic survey", LocalDate.of(2026, 1, 10));
        survey.reach(LocalDate.of(2026, 1, 12), TODAY, "pm", STARTED);
        Milestone design = milestone("Design frozen", LocalDate.of(2026, 2, 1));
        project.plan(GateCode.G1, LocalDate.of(2026, 2, 1));
        project.gates().get(1).decide(Decision.KILL, "Tender cancelled", List.of(), "exec", STARTED);

        assertThat(project.slippageDays(List.of(survey, design), TODAY)).contains(2L);
    }

    @Test
    void aConditionIsOpenUntilMetAndOverdueWhenOpenPastItsDueDate() {
        GateCondition budget = new GateCondition("Budget voted", LocalDate.of(2026, 3, 31));
        assertThat(budget.status(false, TODAY)).isEqualTo(ConditionStatus.OPEN);
        assertThat(budget.status(false, LocalDate.of(2026, 3, 31))).as("on its due date").isEqualTo(ConditionStatus.OPEN);
        assertThat(budget.status(false, LocalDate.of(2026, 4, 1))).isEqualTo(ConditionStatus.OVERDUE);
        assertThat(budget.status(true, LocalDate.of(2026, 4, 1))).isEqualTo(ConditionStatus.MET);
    }

    @Test
    void meetingAConditionLeavesTheDecisionAsItWasTaken() {
        Gate g1 = project.gates().get(1);
        g1.criteria().stream().filter(criterion -> criterion.kind() == CriterionKind.MUST_MEET)
                .forEach(criterion -> criterion.assess(CriterionStatus.MET, null, "Done", "pm", STARTED));
        GateCondition budget = new GateCondition("Budget voted", LocalDate.of(2026, 3, 31));
        GateDecision decided = g1.decide(Decision.CONDITIONAL_GO, "If funded", List.of(budget), "exec", STARTED);

        ConditionMet met = decided.meet(0, "  Voted on 2 March  ", "pm", STARTED);

        assertThat(met.position()).isZero();
        assertThat(met.note()).isEqualTo("Voted on 2 March");
        assertThat(met.metBy()).isEqualTo("pm");
        assertThat(decided.conditions()).containsExactly(budget);
        assertThatThrownBy(() -> decided.meet(1, null, "pm", STARTED)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertRefused(Runnable making, String field, Reason reason) {
        assertThatThrownBy(making::run).isInstanceOfSatisfying(DomainRuleViolation.class, violation -> {
            assertThat(violation.field()).isEqualTo(field);
            assertThat(violation.reason()).isEqualTo(reason);
        });
    }
}
