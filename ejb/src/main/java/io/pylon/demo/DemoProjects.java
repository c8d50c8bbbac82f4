package io.pylon.demo;

import io.pylon.account.Account;
import io.pylon.account.Sector;
import io.pylon.invoice.Invoice;
import io.pylon.invoice.InvoiceKind;
import io.pylon.project.ContractType;
import io.pylon.project.CriterionKind;
import io.pylon.project.CriterionStatus;
import io.pylon.project.Decision;
import io.pylon.project.EarnedValue;
import io.pylon.project.Gate;
import io.pylon.project.GateCode;
import io.pylon.project.GateCondition;
import io.pylon.project.GateCriterion;
import io.pylon.project.GateTemplates;
import io.pylon.project.PlannedProject;
import io.pylon.project.Project;
import io.pylon.project.ReportingPeriod;
import io.pylon.project.ResponseStrategy;
import io.pylon.project.Risk;
import io.pylon.project.RiskDetails;
import io.pylon.project.RiskRating;
import io.pylon.project.RiskStatus;
import io.pylon.shared.Money;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.Currency;
import java.util.List;

/**
 * A living portfolio of projects owned by the demo agencies: one in every phase, with gates passed on time and
 * late, on hold, recycled, overdue and killed, each decision taken by a role the gate names, six months of earned
 * value, payment certificates (two unpaid, one of them overdue) and a risk register on the railway under
 * construction, invoices of the finished road (one overdue) and of the closed power plant, and risks on the commuter
 * line. Dated from today, so
 * that some gates are overdue whenever the demo starts.
 */
final class DemoProjects {

    /** Days from one gate to the next in the demo's plans. */
    private static final int[] DAYS_AFTER_G0 = {0, 90, 240, 420, 1200, 1600};

    private final EntityManager em;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    DemoProjects(EntityManager em) {
        this.em = em;
    }

    void load(Account kenyaRailways, Account tanzaniaPorts, Account bangladeshPower, Account uzbekRailways,
              Account ethiopiaRoads, Account indonesiaPublicWorks, Account serbiaCorridors) {
        Project commuter = pursued("Nairobi commuter rail upgrade", kenyaRailways, Sector.RAIL, ContractType.EPC_F, 110);
        review(commuter, GateCode.G1, 2, "bid", 5);

        Project berths = pursued("Dar es Salaam berths 8 to 11", tanzaniaPorts, Sector.PORT, ContractType.EPC, 60);
        decide(berths, Decision.HOLD, "bid", 20, "Waiting for the port authority's budget approval");

        Project grid = pursued("Rooppur grid connection", bangladeshPower, Sector.POWER, ContractType.EPC_F, 220);
        pass(grid, Decision.GO, "exec", 120, "Strong fit; export-credit eligible");

        Project electrification = pursued("Tashkent to Samarkand electrification", uzbekRailways, Sector.RAIL,
                ContractType.EPC_F, 400);
        pass(electrification, Decision.GO, "bid", 300, "Bid approved");
        pass(electrification, Decision.CONDITIONAL_GO, "exec", 150, "Proposal submitted; financing to be confirmed",
                new GateCondition("Export-credit agency's letter of interest", today.plusDays(30)));

        Project sgr = pursued("Standard gauge railway, phase 2B", kenyaRailways, Sector.RAIL, ContractType.EPC_F, 900);
        pass(sgr, Decision.GO, "bid", 800, "Bid approved");
        pass(sgr, Decision.GO, "exec", 650, "Design frozen, proposal submitted");
        pass(sgr, Decision.GO, "exec", 480, "Financial close reached");
        earnedValue(sgr, "850000000", new String[][] {
                // planned, earned, actual: behind schedule and a little over cost, as such projects go
                {"42000000", "38000000", "40500000"}, {"95000000", "84000000", "90000000"},
                {"160000000", "139000000", "151000000"}, {"232000000", "198000000", "216000000"},
                {"305000000", "259000000", "284000000"}, {"371000000", "318000000", "351000000"}});
        // A payment certificate after each month's measurement, paid within FIDIC's 56 days until the last two.
        invoices(sgr, "IPC", new String[][] {
                // issued days ago, amount, due days after issue, paid days after issue (none: unpaid)
                {"170", "38000000", "56", "50"}, {"140", "46000000", "56", "54"}, {"110", "55000000", "56", "71"},
                {"80", "59000000", "56", "55"}, {"50", "61000000", "28", null}, {"20", "59000000", "56", null}});
        risks(sgr, 300,
                risk("Land acquisition around Naivasha is contested in court", "Track laying stops at km 120",
                        "Up to six months' delay on the critical path", 4, 5, "Wanjiru Kamau, land officer",
                        ResponseStrategy.ESCALATE, "Interim access order requested through the Attorney General",
                        RiskStatus.OPEN),
                risk("Rail steel comes from one mill abroad", "Rail deliveries arrive late", "Track gangs stand idle",
                        3, 4, "Procurement manager", ResponseStrategy.MITIGATE, "Second mill qualified; buffer stock "
                                + "of 20 km of rail at Naivasha", RiskStatus.OPEN),
                risk("Long rains in the Rift Valley", "Flooding of the Mai Mahiu cutting", "Earthworks redone",
                        3, 3, "Site manager", ResponseStrategy.MITIGATE, "Drainage before the rains", RiskStatus.OPEN),
                risk("The shilling weakens against the dollar", "Local costs exceed the local-cost facility",
                        "Contractor funds the gap", 2, 4, "Finance director", ResponseStrategy.TRANSFER,
                        "Local-cost facility in dollars", RiskStatus.OPEN),
                risk("New county levies on quarry material", "Ballast costs rise", "Margin erodes", 2, 2,
                        "Commercial manager", ResponseStrategy.ACCEPT, null, RiskStatus.CLOSED));
        risks(commuter, 10,
                risk("Right of way shared with freight trains", "Possessions for works are refused",
                        "Night-only working doubles the programme", 4, 3, "Bid manager", ResponseStrategy.MITIGATE,
                        "Possession plan agreed with Kenya Railways before the bid", RiskStatus.OPEN),
                risk("The export-credit agency's cover for Kenya is capped", "Cover is refused",
                        "Financing plan fails", 2, 5, "Bid manager", ResponseStrategy.AVOID,
                        "A second agency sounded out", RiskStatus.OPEN));

        Project modjo = pursued("Modjo to Hawassa road, lot 4", ethiopiaRoads, Sector.ROAD, ContractType.EPC, 1500);
        pass(modjo, Decision.GO, "bid", 1380, "Bid approved");
        pass(modjo, Decision.GO, "bid", 1240, "Design frozen, proposal submitted");
        pass(modjo, Decision.GO, "exec", 1060, "Financial close reached");
        pass(modjo, Decision.GO, "pm", 200, "Taking-over certificate issued, 100 days late after the rains");
        invoices(modjo, "INV", new String[][] {
                {"400", "12500000", "60", "58"}, {"230", "9800000", "60", "95"}, {"120", "4200000", "60", null}});

        Project morava = pursued("Morava corridor bridges", serbiaCorridors, Sector.BRIDGE, ContractType.EPC, 150);
        review(morava, GateCode.G1, 3, "pm", 40);
        decide(morava, Decision.RECYCLE, "exec", 30, "The corridor's alignment changed: estimate again");

        Project payra = pursued("Payra 1,320 MW power plant, unit 3", bangladeshPower, Sector.POWER, ContractType.EPC,
                1900);
        pass(payra, Decision.GO, "bid", 1800, "Bid approved");
        pass(payra, Decision.GO, "exec", 1650, "Design frozen, proposal submitted");
        pass(payra, Decision.GO, "exec", 1480, "Financial close reached");
        pass(payra, Decision.GO, "pm", 700, "Taking-over certificate issued");
        pass(payra, Decision.GO, "pm", 250, "Final account agreed; lessons learned recorded");
        invoices(payra, "FA", new String[][] {{"300", "27000000", "45", "40"}});

        Project tollRoad = pursued("Trans-Sumatra toll road section", indonesiaPublicWorks, Sector.ROAD,
                ContractType.PPP, 500);
        pass(tollRoad, Decision.GO, "bid", 380, "Bid approved");
        decide(tollRoad, Decision.KILL, "exec", 210, "Lost the tender to a local consortium");
    }

    private static RiskDetails risk(String cause, String event, String effect, int probability, int impact,
                                    String owner, ResponseStrategy strategy, String response, RiskStatus status) {
        return new RiskDetails(cause, event, effect, new RiskRating(probability, impact), owner, strategy, response,
                status);
    }

    /**
     * The project's invoices in dollars, numbered {@code prefix}-1, -2, ...: each row the days ago it was issued, the
     * amount, the days after the issue it falls due and, if paid, the days after the issue it was paid.
     */
    private void invoices(Project project, String prefix, String[][] issuedAmountDuePaid) {
        for (int i = 0; i < issuedAmountDuePaid.length; i++) {
            String[] row = issuedAmountDuePaid[i];
            LocalDate issued = today.minusDays(Long.parseLong(row[0]));
            Invoice invoice = new Invoice(project, prefix + "-" + (i + 1), prefix.equals("IPC")
                    ? InvoiceKind.PAYMENT_CERTIFICATE : InvoiceKind.INVOICE, usd(row[1]), issued,
                    issued.plusDays(Long.parseLong(row[2])), today, "pm", instant(issued));
            if (row[3] != null) {
                LocalDate paid = issued.plusDays(Long.parseLong(row[3]));
                invoice.pay(paid, today, "pm", instant(paid));
            }
            em.persist(invoice);
        }
    }

    /** The project's register, raised by pm daysAgo, numbered in order. */
    private void risks(Project project, int daysAgo, RiskDetails... risks) {
        for (int i = 0; i < risks.length; i++) {
            em.persist(new Risk(project, i + 1, risks[i], "pm", instant(today.minusDays(daysAgo))));
        }
    }

    /** The project's last reporting periods, one a month to the end of the last month, with its budget at completion. */
    private void earnedValue(Project project, String budget, String[][] plannedEarnedActual) {
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        for (int i = 0; i < plannedEarnedActual.length; i++) {
            LocalDate end = lastMonthEnd.minusMonths(plannedEarnedActual.length - 1L - i)
                    .with(TemporalAdjusters.lastDayOfMonth());
            String[] figures = plannedEarnedActual[i];
            em.persist(new ReportingPeriod(project, end, new EarnedValue(usd(budget), usd(figures[0]), usd(figures[1]),
                    usd(figures[2])), "pm", instant(end.plusDays(5))));
        }
    }

    private static Money usd(String amount) {
        return Money.of(new BigDecimal(amount), Currency.getInstance("USD"));
    }

    /** A project pursued {@code daysAgo} days ago by the account manager, its gates planned from then on. */
    private Project pursued(String name, Account owner, Sector sector, ContractType contractType, int daysAgo) {
        Project project = new Project(new PlannedProject(name, owner, null, owner.country(), sector, contractType),
                GateTemplates.defaults(sector, contractType));
        LocalDate start = today.minusDays(daysAgo);
        var pursuit = project.pursuitGate().decide(Decision.GO, "Pursue " + name, List.of(), "am", instant(start));
        for (GateCode code : GateCode.values()) {
            if (code != GateCode.G0) {
                project.plan(code, start.plusDays(DAYS_AFTER_G0[code.ordinal()]));
            }
        }
        em.persist(project);
        em.persist(pursuit);
        return project;
    }

    /** Meets every must-meet criterion of the next gate, then decides it {@code daysAgo} days ago. */
    private void pass(Project project, Decision decision, String by, int daysAgo, String rationale,
                      GateCondition... conditions) {
        review(project, project.nextGate().orElseThrow(), Integer.MAX_VALUE, by, daysAgo);
        decide(project, decision, by, daysAgo, rationale, conditions);
    }

    /** Meets the first {@code count} must-meet criteria of the gate and scores its should-meet ones 3, {@code daysAgo} days ago. */
    private void review(Project project, GateCode code, int count, String by, int daysAgo) {
        Instant at = instant(today.minusDays(daysAgo));
        Gate gate = gateOf(project, code);
        int met = 0;
        for (GateCriterion criterion : gate.criteria()) {
            if (criterion.kind() == CriterionKind.SHOULD_MEET) {
                criterion.assess(CriterionStatus.MET, 3, null, by, at);
            } else if (met++ < count) {
                criterion.assess(CriterionStatus.MET, null, "Evidence on file", by, at);
            }
        }
    }

    private void decide(Project project, Decision decision, String by, int daysAgo, String rationale,
                        GateCondition... conditions) {
        Gate gate = gateOf(project, project.nextGate().orElseThrow());
        em.persist(gate.decide(decision, rationale, List.of(conditions), by, instant(today.minusDays(daysAgo))));
    }

    private static Gate gateOf(Project project, GateCode code) {
        return project.gates().stream().filter(gate -> gate.code() == code).findFirst().orElseThrow();
    }

    private static Instant instant(LocalDate day) {
        return day.atTime(10, 0).toInstant(ZoneOffset.UTC);
    }
}
