package io.pylon.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.Account;
import io.pylon.account.AccountProfile;
import io.pylon.account.AgencyType;
import io.pylon.account.Classification;
import io.pylon.account.Sector;
import io.pylon.security.Role;
import io.pylon.security.User;
import io.pylon.shared.CountryCode;
import io.pylon.shared.PdfText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GateReviewPdfTest {

    private static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

    private final Project project = new Project(new PlannedProject("内罗毕通勤铁路 Nairobi commuter rail", new Account(
            new AccountProfile("Kenya Railways Corporation", "肯尼亚铁路公司", CountryCode.of("KEN"),
                    AgencyType.STATE_OWNED_ENTERPRISE, Set.of(Sector.RAIL), null, Classification.INDUSTRY)), null,
            CountryCode.of("KEN"), Sector.RAIL, ContractType.EPC_F), GateTemplates.defaults(Sector.RAIL, ContractType.EPC_F));
    private final Map<String, User> people = Map.of(
            "am", new User("am", "Amir Account-Manager", "hash", EnumSet.of(Role.ACCOUNT_MANAGER)),
            "bid", new User("bid", "Bao Bid-Manager", "hash", EnumSet.of(Role.BID_MANAGER)),
            "exec", new User("exec", "Esther Executive", "hash", EnumSet.of(Role.EXECUTIVE)));

    private Gate g1() {
        project.pursuitGate().decide(Decision.GO, "Strategic client", List.of(), "exec", NOW);
        return project.gates().stream().filter(gate -> gate.code() == GateCode.G1).findFirst().orElseThrow();
    }

    @Test
    void printsTheCriteriaWithTheirEvidenceTheScoreTheDecisionsAndALineToSignPerDecidingRole() {
        Gate g1 = g1();
        List<GateCriterion> criteria = g1.criteria();
        criteria.get(0).assess(CriterionStatus.MET, null, "估算已由财务部审核", "am", NOW);
        criteria.get(1).waive("Framework agreement covers it", "exec", NOW);
        criteria.stream().filter(criterion -> criterion.kind() == CriterionKind.MUST_MEET).skip(2)
                .forEach(criterion -> criterion.assess(CriterionStatus.MET, null, null, "am", NOW));
        GateCriterion competitors = criteria.stream()
                .filter(criterion -> criterion.text().equals("Competitors and our position assessed")).findFirst().orElseThrow();
        competitors.assess(CriterionStatus.MET, 4, null, "am", NOW);
        Evidence estimate = criteria.get(0).attach("Class 5 estimate.pdf", "application/pdf", 48_213,
                "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "am", NOW);
        GateDecision hold = g1.decide(Decision.HOLD, "Wait for the budget vote", List.of(), "exec", NOW);
        GateDecision go = g1.decide(Decision.CONDITIONAL_GO, "Bid for it",
                List.of(new GateCondition("Budget voted", LocalDate.of(2027, 2, 28))), "exec", NOW.plusSeconds(3600));

        byte[] pdf = GateReviewPdf.of(new GateReview(g1, List.of(estimate), List.of(hold, go), people,
                LocalDate.of(2026, 11, 28)));

        PdfText read = PdfText.of(pdf);
        String text = read.text();
        String inReadingOrder = read.inReadingOrder();
        assertThat(text).contains("GatereviewG1·Bid/no-bid", "内罗毕通勤铁路", "肯尼亚铁路公司", "EPC+F", "rail",
                "Order-of-magnitudeestimate(class5)", "估算已由财务部审核", "Waived:Frameworkagreementcoversit",
                "Class5estimate.pdf·application/pdf·48KB·AmirAccount-Manager,2026-11-2710:00UTC·SHA-2569f86d081884c",
                "Weightedscoreoftheshould-meetcriteria:4.00of5(80%),40of100weightscored",
                "HOLDWaitforthebudgetvote", "CONDITIONALGOBidforitBudgetvoted(due2027-02-28)", "planning→design");
        assertThat(inReadingOrder).containsSubsequence("Criteria", "Class5estimate.pdf", "Weightedscore", "Decisions",
                "HOLD", "CONDITIONAL", "Signatures", "executiveEstherExecutive2026-11-27", "bidmanager");
        assertThat(text).doesNotContain("9f86d081884c7d");
    }

    @Test
    void eachDecidingRoleIsSignedByWhoLastDecidedHoldingItOrLeftBlank() {
        Gate g1 = g1();
        GateDecision byAm = g1.decide(Decision.HOLD, "Not yet", List.of(), "am", NOW);
        GateDecision byBid = g1.decide(Decision.HOLD, "Still not", List.of(), "bid", NOW.plusSeconds(86_400));

        List<GateReview.Signature> signatures = new GateReview(g1, List.of(), List.of(byAm, byBid), people,
                LocalDate.of(2026, 11, 28)).signatures();

        assertThat(signatures).containsExactly(
                new GateReview.Signature(Role.EXECUTIVE, Optional.empty(), Optional.empty()),
                new GateReview.Signature(Role.BID_MANAGER, Optional.of("Bao Bid-Manager"),
                        Optional.of(LocalDate.of(2026, 11, 28))));
    }
}
