package io.pylon.generator;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Sector;
import io.pylon.project.ContractType;
import io.pylon.project.GateCode;
import io.pylon.project.GateTemplate;
import io.pylon.project.GateTemplates;
import io.pylon.project.Phase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The generator at a small size on an H2 database migrated as Pylon migrates it, with the demo users: what it wrote,
 * checked with SQL against the rules the application keeps.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeneratorTest {

    /** The tables the generator writes with ids from their sequences. */
    static final List<String> TABLES_WITH_IDS = List.of("app_user", "account", "team_member", "contact", "opportunity",
            "project", "gate", "gate_criterion", "gate_decision", "gate_condition_met", "reporting_period", "invoice",
            "proposal", "proposal_version", "interaction", "follow_up", "satisfaction_survey", "tier_change",
            "exchange_rate");

    private MigratedDatabase database;
    private MigratedDatabase.Run run;
    private LocalDate today;

    @BeforeAll
    void generate() throws SQLException {
        database = MigratedDatabase.h2("generator").addDemoUsers();
        run = database.generate("--accounts", "60", "--projects", "300", "--interactions", "1500");
        today = LocalDate.now(ZoneOffset.UTC);
    }

    @Test
    void writesTheSizesAskedForAndReportsItsProgress() throws SQLException {
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(database.count("select count(*) from account")).isEqualTo(60);
        assertThat(database.count("select count(*) from project")).isEqualTo(300);
        assertThat(database.count("select count(*) from interaction")).isEqualTo(1500);
        for (String table : List.of("contact", "opportunity", "gate_criterion", "gate_decision", "gate_condition",
                "reporting_period", "invoice", "proposal", "proposal_version", "interaction_our_participant",
                "interaction_their_participant", "follow_up", "satisfaction_survey", "tier_change", "exchange_rate")) {
            assertThat(database.count("select count(*) from " + table)).as(table).isPositive();
        }
        assertThat(run.out()).contains("Generating 60 accounts, 300 projects and 1,500 interactions")
                .containsPattern("interaction +1,500 / +1,500 +100 %")
                .containsPattern("Generated [\\d,]+ rows in 25 tables")
                .containsPattern("\\n  project +300 ");
    }

    @Test
    void theSmallestPortfolioIsOneOfEachEvenWithoutTheDemoUsers() throws SQLException {
        MigratedDatabase smallest = MigratedDatabase.h2("smallest");

        MigratedDatabase.Run one = smallest.generate("--accounts", "1", "--projects", "1", "--interactions", "1");

        assertThat(one.status()).as(one.err()).isZero();
        assertThat(smallest.count("select count(*) from account")).isOne();
        assertThat(smallest.count("select count(*) from project")).isOne();
        assertThat(smallest.count("select count(*) from gate")).isEqualTo(6);
        assertThat(smallest.count("select count(*) from interaction")).isOne();
        assertThat(smallest.rows("select password_hash from app_user where username = 'gen-am01'"))
                .as("without am to copy, the demo password's own hash").containsExactly(List.of(Staff.DEMO_PASSWORD_HASH));
    }

    @Test
    void everyProjectHasItsSixGatesWithTheDecidersAndCriteriaOfItsTemplate() throws SQLException {
        Map<Long, List<String>> codes = new HashMap<>();
        Map<String, Set<String>> deciders = new HashMap<>();
        for (List<Object> role : database.rows("select gate_id, role from gate_decider")) {
            deciders.computeIfAbsent(role.get(0).toString(), gate -> new TreeSet<>()).add((String) role.get(1));
        }
        Map<String, Long> criteria = database.rows("select gate_id, count(*) from gate_criterion group by gate_id")
                .stream().collect(Collectors.toMap(row -> row.get(0).toString(), row -> (Long) row.get(1)));
        for (List<Object> gate : database.rows("select p.id, p.lifecycle_sector, p.contract_type, g.code, g.id"
                + " from project p join gate g on g.project_id = p.id order by p.id, g.code")) {
            codes.computeIfAbsent((Long) gate.get(0), project -> new ArrayList<>()).add((String) gate.get(3));
            GateCode code = GateCode.valueOf((String) gate.get(3));
            GateTemplate template = code == GateCode.G0 ? null : GateTemplates.defaults(
                    Sector.valueOf((String) gate.get(1)), ContractType.valueOf((String) gate.get(2))).get(code.ordinal() - 1);
            assertThat(deciders.get(gate.get(4).toString())).as("deciders of " + code).isEqualTo(
                    GateTemplates.deciders(code).stream().map(Enum::name).collect(Collectors.toCollection(TreeSet::new)));
            assertThat(criteria.getOrDefault(gate.get(4).toString(), 0L)).as("criteria of " + code)
                    .isEqualTo(template == null ? 0 : template.criteria().size());
        }
        assertThat(codes).hasSize(300).allSatisfy((project, gates) ->
                assertThat(gates).containsExactly("G0", "G1", "G2", "G3", "G4", "G5"));
    }

    @Test
    void theGatesBehindAProjectPassedWithAGoOnTheDayAndTheNextIsWhereItsFateSays() throws SQLException {
        Map<Long, List<Instant>> passing = new HashMap<>();
        Map<Long, List<String>> decided = new HashMap<>();
        for (List<Object> decision : database.rows("select gate_id, decision, decided_at from gate_decision order by id")) {
            decided.computeIfAbsent((Long) decision.get(0), gate -> new ArrayList<>()).add((String) decision.get(1));
            if (Set.of("GO", "CONDITIONAL_GO").contains(decision.get(1))) {
                passing.computeIfAbsent((Long) decision.get(0), gate -> new ArrayList<>()).add((Instant) decision.get(2));
            }
        }
        int overdue = 0;
        for (List<Object> gate : database.rows("select g.id, g.code, g.state, g.planned_on, g.actual_on, p.phase, p.killed"
                + " from gate g join project p on p.id = g.project_id")) {
            int code = GateCode.valueOf((String) gate.get(1)).ordinal();
            int phase = Phase.valueOf((String) gate.get(5)).ordinal();
            String state = (String) gate.get(2);
            List<String> decisions = decided.getOrDefault((Long) gate.get(0), List.of());
            if (code <= phase) {
                assertThat(state).isEqualTo("PASSED");
                assertThat(passing.get((Long) gate.get(0))).as("the GO of a passed gate").singleElement()
                        .satisfies(at -> assertThat(LocalDate.ofInstant(at, ZoneOffset.UTC)).isEqualTo(gate.get(4)));
            } else {
                assertThat(gate.get(4)).as("a gate ahead has not passed").isNull();
                assertThat(passing).doesNotContainKey((Long) gate.get(0));
                assertThat(state).isEqualTo(code > phase + 1 ? "PENDING" : (Boolean) gate.get(6) ? "KILLED"
                        : decisions.isEmpty() ? "PENDING" : "ON_HOLD");
                assertThat(decisions).isEqualTo(switch (state) {
                    case "KILLED" -> List.of("KILL");
                    case "ON_HOLD" -> List.of("HOLD");
                    default -> List.of();
                });
                if (code == phase + 1 && state.equals("PENDING") && ((LocalDate) gate.get(3)).isBefore(today)) {
                    overdue++;
                }
            }
        }
        assertThat(overdue).as("next gates overdue").isPositive();
        assertThat(database.count("select count(*) from project where killed")).isPositive();
        assertThat(database.count("select count(*) from gate where state = 'ON_HOLD'")).isPositive();
        assertThat(database.count("select count(*) from gate_criterion c join gate g on g.id = c.gate_id"
                + " where g.state = 'PASSED' and c.kind = 'MUST_MEET' and c.status not in ('MET', 'WAIVED')"))
                .as("must-meet criteria that would have blocked a GO").isZero();
        assertThat(database.count("select count(*) from gate_criterion where kind = 'MUST_MEET' and score is not null"
                + " or kind = 'SHOULD_MEET' and status in ('MET', 'NOT_MET') and score is null"
                + " or status = 'OPEN' and (score is not null or changed_by is not null)")).isZero();
        assertThat(database.count("select count(*) from gate_decision d where d.decision = 'CONDITIONAL_GO'"
                + " and not exists (select 1 from gate_condition c where c.decision_id = d.id)")).isZero();
        for (Phase phase : Phase.values()) {
            assertThat(database.count("select count(*) from project where phase = '" + phase + "'")).as(phase.name())
                    .isPositive();
        }
    }

    @Test
    void noDayOrMomentThatMustHavePassedIsInTheFuture() throws SQLException {
        Instant now = Instant.now();
        for (String column : List.of("gate.actual_on", "gate_decision.decided_at", "gate_criterion.changed_at",
                "gate_condition_met.met_at", "reporting_period.period_end", "reporting_period.recorded_at",
                "invoice.issued_on", "invoice.paid_on", "invoice.recorded_at", "interaction.occurred_on",
                "interaction.recorded_at", "follow_up.completed_at", "satisfaction_survey.surveyed_on",
                "tier_change.changed_at", "proposal.created_at", "proposal_version.changed_at",
                "proposal_version.submitted_at", "exchange_rate.valid_from")) {
            String[] tableAndColumn = column.split("\\.");
            Object latest = database.rows("select max(" + tableAndColumn[1] + ") from " + tableAndColumn[0]).get(0).get(0);
            assertThat(latest).as(column).isNotNull();
            if (latest instanceof LocalDate day) {
                assertThat(day).as(column).isBeforeOrEqualTo(today);
            } else {
                assertThat((Instant) latest).as(column).isBeforeOrEqualTo(now);
            }
        }
    }

    @Test
    void invoicesAreDueOneToTwoMonthsAfterTheirIssueAndMostArePaidSomeLateSomeNot() throws SQLException {
        int paidLate = 0;
        int overdue = 0;
        int paidOnTime = 0;
        for (List<Object> invoice : database.rows("select issued_on, due_on, paid_on from invoice")) {
            LocalDate issued = (LocalDate) invoice.get(0);
            LocalDate due = (LocalDate) invoice.get(1);
            LocalDate paid = (LocalDate) invoice.get(2);
            assertThat(due).isBetween(issued.plusDays(30), issued.plusDays(60));
            if (paid == null) {
                overdue += due.isBefore(today) ? 1 : 0;
            } else {
                assertThat(paid).isBetween(issued, today);
                paidLate += paid.isAfter(due) ? 1 : 0;
                paidOnTime += paid.isAfter(due) ? 0 : 1;
            }
        }
        assertThat(paidOnTime).isGreaterThan(paidLate);
        assertThat(paidLate).isPositive();
        assertThat(overdue).isPositive();
        assertThat(database.count("select count(*) from invoice i join project p on p.id = i.project_id"
                + " where p.phase not in ('CONSTRUCTION', 'OPERATION_AND_MAINTENANCE', 'CLOSED')")).isZero();
        assertThat(database.count("select count(*) from invoice i join gate g on g.project_id = i.project_id"
                + " and g.code = 'G3' where i.issued_on < g.actual_on")).as("billed before financial close").isZero();
        assertThat(database.count("select count(*) from invoice where kind = 'PAYMENT_CERTIFICATE'")).isPositive();
    }

    @Test
    void earnedValueIsReportedDuringConstructionWithinTheBudgetAndReachesItAtTakingOver() throws SQLException {
        assertThat(database.count("select count(*) from reporting_period where earned_value > budget_at_completion"
                + " or planned_value > budget_at_completion or actual_cost < 0")).isZero();
        assertThat(database.count("select count(*) from reporting_period r join gate g on g.project_id = r.project_id"
                + " and g.code = 'G3' where g.actual_on is null or r.period_end < g.actual_on")).isZero();
        assertThat(database.count("select count(*) from reporting_period r join gate g on g.project_id = r.project_id"
                + " and g.code = 'G4' where r.period_end > g.actual_on")).as("reported after taking-over").isZero();
        long takenOver = database.count("select count(*) from gate where code = 'G4' and state = 'PASSED'");
        assertThat(takenOver).isPositive();
        assertThat(database.count("select count(*) from reporting_period r join gate g on g.project_id = r.project_id"
                + " and g.code = 'G4' where r.period_end = g.actual_on and r.earned_value = r.budget_at_completion"))
                .isEqualTo(takenOver);
        assertThat(database.count("select count(*) from reporting_period where earned_value < planned_value"))
                .as("behind schedule").isPositive();
    }

    @Test
    void everyCurrencyUsedHasARateIntoDollarsFromBeforeItsFirstUse() throws SQLException {
        List<List<Object>> firstUses = database.rows("select currency, min(used_on) from ("
                + " select value_currency as currency, expected_award_on as used_on from opportunity"
                + " union all select currency, issued_on from invoice"
                + " union all select currency, period_end from reporting_period"
                + " union all select v.currency, o.expected_award_on from proposal_version v"
                + "   join proposal p on p.id = v.proposal_id join opportunity o on o.id = p.opportunity_id"
                + ") used where currency <> 'USD' group by currency");
        assertThat(firstUses).hasSizeGreaterThanOrEqualTo(2);
        for (List<Object> use : firstUses) {
            assertThat(database.count("select count(*) from exchange_rate where quote_currency = 'USD' and currency = '"
                    + use.get(0) + "' and valid_from <= date '" + use.get(1) + "'")).as(use.toString()).isPositive();
        }
        assertThat(database.rows("select reporting_currency from tier_settings").get(0)).containsExactly("USD");
    }

    @Test
    void theDemoAccountManagerLeadsTwoPercentAndGeneratedOnesTheRest() throws SQLException {
        assertThat(database.count("select count(*) from account a where 1 <> (select count(*) from team_member t"
                + " where t.account_id = a.id and t.team_role = 'ACCOUNT_LEAD')")).isZero();
        assertThat(database.count("select count(*) from team_member t join app_user u on u.id = t.user_id"
                + " where u.username = 'am' and t.team_role = 'ACCOUNT_LEAD'")).isEqualTo(2);
        assertThat(database.count("select count(distinct user_id) from team_member where team_role = 'ACCOUNT_LEAD'"))
                .isEqualTo(4);
        assertThat(database.count("select count(*) from app_user u join user_role r on r.user_id = u.id"
                + " where u.username like 'gen-am%' and r.role = 'ACCOUNT_MANAGER'"
                + " and u.password_hash = (select password_hash from app_user where username = 'am')")).isEqualTo(3);
        assertThat(database.count("select count(*) from team_member t join user_role r on r.user_id = t.user_id"
                + " where r.role <> case t.team_role when 'ACCOUNT_LEAD' then 'ACCOUNT_MANAGER'"
                + " when 'BID_LEAD' then 'BID_MANAGER' when 'PROJECT_LEAD' then 'PROJECT_MANAGER'"
                + " when 'SPONSOR' then 'EXECUTIVE' else 'VIEWER' end")).as("team roles matching user roles").isZero();
    }

    @Test
    void eachAccountsTierHistoryRunsFromCToItsTierInForce() throws SQLException {
        Map<Long, List<List<Object>>> changes = new LinkedHashMap<>();
        for (List<Object> change : database.rows("select account_id, kind, from_tier, to_tier, reason, changed_by"
                + " from tier_change order by account_id, changed_at, id")) {
            changes.computeIfAbsent((Long) change.get(0), account -> new ArrayList<>()).add(change);
        }
        Map<String, Integer> tiers = new HashMap<>();
        for (List<Object> account : database.rows("select id, tier, computed_tier, tier_override_reason from account")) {
            tiers.merge((String) account.get(1), 1, Integer::sum);
            List<List<Object>> history = changes.getOrDefault((Long) account.get(0), List.of());
            String tier = "C";
            for (List<Object> change : history) {
                assertThat(change.get(2)).as("from the tier before").isEqualTo(tier);
                assertThat(change.get(3)).isNotEqualTo(tier);
                assertThat(change.get(5)).isEqualTo(change.get(1).equals("COMPUTED") ? "system" : change.get(5));
                tier = (String) change.get(3);
            }
            assertThat(tier).as("the tier in force").isEqualTo(account.get(1));
            if (account.get(3) == null) {
                assertThat(account.get(1)).isEqualTo(account.get(2));
            } else {
                assertThat(history.get(history.size() - 1)).containsSubsequence("OVERRIDDEN", account.get(3));
            }
        }
        assertThat(tiers).containsKeys("A", "B", "C");
        assertThat(tiers.get("A")).isLessThan(tiers.get("C"));
    }

    @Test
    void everySequenceIsPastTheIdsUsedSoThatTheApplicationTakesNewOnes() throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String table : TABLES_WITH_IDS) {
                long highest = database.count("select max(id) from " + table);
                try (ResultSet next = statement.executeQuery("select next value for " + table + "_seq")) {
                    next.next();
                    assertThat(next.getLong(1) - IdBlocks.ALLOCATION + 1).as(table + "'s next block")
                            .isGreaterThan(highest);
                }
            }
        }
    }

    @Test
    void theAccountsCountriesHaveARegionAndARiskCategoryAndChildrenTheirMinistryInTheirCountry() throws SQLException {
        assertThat(database.count("select count(distinct country) from account")).isGreaterThan(10);
        assertThat(database.count("select count(*) from account a left join country_profile c on c.country = a.country"
                + " where c.region is null or c.risk_category is null")).isZero();
        assertThat(database.count("select count(*) from account where parent_id is not null")).isPositive();
        assertThat(database.count("select count(*) from account c join account p on p.id = c.parent_id"
                + " where p.country <> c.country or p.agency_type <> 'MINISTRY'")).isZero();
    }

    @Test
    void interactionsAreWithTheAccountsPeopleAndTeamAndSomeFollowUpsAreOverdue() throws SQLException {
        assertThat(database.count("select count(distinct kind) from interaction")).isEqualTo(5);
        assertThat(database.count("select count(*) from interaction i where not exists"
                + " (select 1 from interaction_our_participant o where o.interaction_id = i.id)")).isZero();
        assertThat(database.count("select count(*) from interaction_their_participant t join interaction i"
                + " on i.id = t.interaction_id join contact c on c.id = t.contact_id where c.account_id <> i.account_id"))
                .isZero();
        assertThat(database.count("select count(*) from interaction_our_participant o join interaction i"
                + " on i.id = o.interaction_id where not exists (select 1 from team_member t"
                + " where t.account_id = i.account_id and t.user_id = o.user_id)")).isZero();
        assertThat(database.count("select count(*) from follow_up f where not exists (select 1 from"
                + " interaction_our_participant o where o.interaction_id = f.interaction_id and o.user_id = f.owner_id)"))
                .isZero();
        assertThat(database.count("select count(*) from follow_up where completed_at is null and due_on < current_date"))
                .as("overdue").isPositive();
        assertThat(database.count("select count(*) from follow_up where completed_at is null and due_on >= current_date"))
                .as("open, not due yet").isPositive();
        assertThat(database.count("select count(*) from follow_up where (completed_by is null) <> (completed_at is null)"))
                .isZero();
    }

    @Test
    void proposalsAreNumberedVersionsOfWhichOnlyTheLatestMayBeADraftAndWonOnesBecameProjects() throws SQLException {
        assertThat(database.count("select count(*) from proposal p where (select max(number) from proposal_version v"
                + " where v.proposal_id = p.id) <> (select count(*) from proposal_version v where v.proposal_id = p.id)"))
                .isZero();
        assertThat(database.count("select count(*) from proposal_version v where v.status = 'DRAFT' and v.number <"
                + " (select max(number) from proposal_version w where w.proposal_id = v.proposal_id)")).isZero();
        assertThat(database.count("select count(*) from proposal_version where status = 'DRAFT'")).isPositive();
        assertThat(database.count("select count(*) from proposal_version where (status = 'SUBMITTED')"
                + " <> (submitted_at is not null)")).isZero();
        assertThat(database.count("select count(*) from proposal where project_id is not null")).isPositive();
        assertThat(database.count("select count(*) from proposal p join opportunity o on o.id = p.opportunity_id"
                + " where p.project_id is not null and (o.stage <> 'WON' or p.awarded_version <> (select max(number)"
                + " from proposal_version v where v.proposal_id = p.id) or exists (select 1 from proposal_version v"
                + " where v.proposal_id = p.id and v.status = 'DRAFT'))")).isZero();
        assertThat(database.count("select count(*) from proposal_version where cost_estimate >= contract_price"))
                .isZero();
    }

    @Test
    void opportunitiesAreInEveryStageWithAWinProbabilityToMatch() throws SQLException {
        assertThat(database.count("select count(distinct stage) from opportunity")).isEqualTo(6);
        assertThat(database.count("select count(*) from opportunity where stage = 'WON' and win_probability <> 100"
                + " or stage = 'LOST' and win_probability <> 0")).isZero();
        assertThat(database.count("select count(*) from opportunity o join project p on p.owner_id = o.account_id"
                + " and p.name = o.title where o.stage <> 'WON'")).as("the contracts projects became").isZero();
    }
}
