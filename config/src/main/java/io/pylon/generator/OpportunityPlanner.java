package io.pylon.generator;

import io.pylon.account.Sector;
import io.pylon.opportunity.OpportunityStage;
import io.pylon.project.GateCode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Plans the opportunities: one won opportunity for most projects whose financing has closed (the contract they became),
 * and as many again as 40 % of the projects besides, drawn in proportion to the agencies' weights: identified,
 * qualified, bidding or negotiating with a win probability to match and an award expected within eighteen months, or
 * won or lost in the last two and a half years.
 */
final class OpportunityPlanner {

    private static final double AWARDED_SHARE = 0.6;
    private static final double MEDIAN_VALUE_DOLLARS = 60e6;
    private static final OpportunityStage[] STAGES = OpportunityStage.values();
    /** Running shares of IDENTIFIED, QUALIFIED, BIDDING, NEGOTIATING, WON and LOST among the other opportunities. */
    private static final double[] STAGE_SHARES = {0.20, 0.40, 0.65, 0.77, 0.85, 1.0};
    private static final int[][] PROBABILITIES = {{5, 15}, {15, 30}, {25, 50}, {50, 80}, {100, 100}, {0, 0}};

    private final Today today;
    private final Currencies currencies;
    private final double[] accountWeights;
    private final Dice.Roll awarded;
    private final Dice.Roll account;
    private final Dice.Roll stage;
    private final Dice.Roll probability;
    private final Dice.Roll sector;
    private final Dice.Roll currency;
    private final Dice.Roll value;
    private final Dice.Roll award;
    private final Dice.Roll title;

    OpportunityPlanner(Dice dice, Today today, Currencies currencies, List<Agency> agencies) {
        this.today = today;
        this.currencies = currencies;
        this.accountWeights = Dice.cumulative(agencies.stream().mapToDouble(Agency::weight).toArray());
        this.awarded = dice.roll("opportunity.awarded");
        this.account = dice.roll("opportunity.account");
        this.stage = dice.roll("opportunity.stage");
        this.probability = dice.roll("opportunity.probability");
        this.sector = dice.roll("opportunity.sector");
        this.currency = dice.roll("opportunity.currency");
        this.value = dice.roll("opportunity.value");
        this.award = dice.roll("opportunity.award");
        this.title = dice.roll("opportunity.title");
    }

    List<OpportunityPlan> plan(Sizes sizes, List<Agency> agencies, List<ProjectPlan> projects, IdBlocks ids)
            throws SQLException {
        List<OpportunityPlan> opportunities = new ArrayList<>();
        for (ProjectPlan project : projects) {
            if (project.isBuilding() && awarded.chance(AWARDED_SHARE, project.index())) {
                opportunities.add(new OpportunityPlan(opportunities.size(), ids.next(), project.owner(), project.name(),
                        project.sector(), project.currency(), project.contractPrice(), OpportunityStage.WON, 100,
                        project.timeline().passed(GateCode.G3), project));
            }
        }
        for (int other = 0; other < sizes.otherOpportunities(); other++) {
            opportunities.add(other(opportunities.size(), ids.next(), other, agencies));
        }
        return opportunities;
    }

    private OpportunityPlan other(int index, long id, int key, List<Agency> agencies) {
        Agency of = agencies.get(account.weighted(accountWeights, key));
        double draw = stage.unit(key);
        int at = 0;
        while (draw >= STAGE_SHARES[at]) {
            at++;
        }
        OpportunityStage reached = STAGES[at];
        Sector builds = sector.pick(of.sectors(), key);
        Currency in = Currencies.of(of.country().code(), currency, key);
        double dollars = Math.min(4e9, Math.max(2e6, MEDIAN_VALUE_DOLLARS * Math.pow(of.weight(), 0.25)
                * Math.exp(0.9 * value.gaussian(key))));
        boolean decided = reached == OpportunityStage.WON || reached == OpportunityStage.LOST;
        return new OpportunityPlan(index, id, of, ProjectNames.of(builds, title, key) + ", tender " + id, builds, in,
                currencies.fromDollars(dollars, in), reached,
                probability.between(PROBABILITIES[at][0], PROBABILITIES[at][1], key),
                decided ? today.minusDays(award.between(30, 900, key)) : today.date().plusDays(award.between(30, 540, key)),
                null);
    }
}
