package io.pylon.generator;

import io.pylon.account.Sector;
import io.pylon.project.ContractType;
import io.pylon.project.Phase;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * Plans the projects. Owners are drawn in proportion to the agencies' weights; phases in the proportions of a
 * contractor's portfolio (many pursuits, fewer projects the further they get: 30 % planning, 20 % design, 12 %
 * financing, 20 % construction, 10 % operation, 8 % closed); 4 % of those not yet financed were killed at their next
 * gate and 4 % of the open ones are on hold there. A project has been in its phase up to 30 % longer than planned, so
 * that about a quarter of the next gates are overdue; a closed one closed up to four years ago. Contract prices spread
 * log-normally around 80 million dollars, larger for larger agencies and longer projects.
 */
final class ProjectPlanner {

    private static final double[] PHASE_SHARES = {0.30, 0.50, 0.62, 0.82, 0.92, 1.0};
    private static final double KILLED_SHARE = 0.04;
    private static final double ON_HOLD_SHARE = 0.04;
    private static final int CLOSED_WITHIN_DAYS = 1_500;
    private static final double MEDIAN_PRICE_DOLLARS = 80e6;
    private final Today today;
    private final Currencies currencies;
    private final double[] ownerWeights;
    private final Dice.Roll owner;
    private final Dice.Roll sector;
    private final Dice.Roll contract;
    private final Dice.Roll phase;
    private final Dice.Roll fate;
    private final Dice.Roll scale;
    private final Dice.Roll inPhase;
    private final Dice.Roll overrun;
    private final Dice.Roll slip;
    private final Dice.Roll currency;
    private final Dice.Roll price;
    private final Dice.Roll margin;
    private final Dice.Roll name;

    ProjectPlanner(Dice dice, Today today, Currencies currencies, List<Agency> agencies) {
        this.today = today;
        this.currencies = currencies;
        this.ownerWeights = Dice.cumulative(agencies.stream().mapToDouble(Agency::weight).toArray());
        this.owner = dice.roll("project.owner");
        this.sector = dice.roll("project.sector");
        this.contract = dice.roll("project.contractType");
        this.phase = dice.roll("project.phase");
        this.fate = dice.roll("project.fate");
        this.scale = dice.roll("project.scale");
        this.inPhase = dice.roll("project.daysInPhase");
        this.overrun = dice.roll("project.overrun");
        this.slip = dice.roll("project.slip");
        this.currency = dice.roll("project.currency");
        this.price = dice.roll("project.price");
        this.margin = dice.roll("project.margin");
        this.name = dice.roll("project.name");
    }

    List<ProjectPlan> plan(int count, List<Agency> agencies, IdBlocks ids) throws SQLException {
        List<ProjectPlan> projects = new ArrayList<>(count);
        for (int index = 0; index < count; index++) {
            projects.add(plan(index, ids.next(), agencies.get(owner.weighted(ownerWeights, index))));
        }
        return projects;
    }

    private ProjectPlan plan(int index, long id, Agency by) {
        Sector builds = sector.pick(by.sectors(), index);
        Phase in = phaseOf(index);
        double sized = scale.between(0.7, 1.5, index);
        long daysInPhase = in == Phase.CLOSED ? inPhase.between(0, CLOSED_WITHIN_DAYS, index)
                : Math.round(inPhase.unit(index) * 1.3 * Timeline.PLANNED_DAYS[in.ordinal()] * sized);
        Timeline timeline = new Timeline(in, today.minusDays(daysInPhase), sized,
                phaseOf -> overrun.between(0.85, 1.35, index, phaseOf), gate -> slip.between(-20, 50, index, gate));
        Currency paidIn = Currencies.of(by.country().code(), currency, index);
        double dollars = Math.min(5e9, Math.max(5e6, MEDIAN_PRICE_DOLLARS * Math.pow(by.weight(), 0.25) * sized
                * Math.exp(0.8 * price.gaussian(index))));
        BigDecimal contractPrice = currencies.fromDollars(dollars, paidIn);
        BigDecimal budget = contractPrice.multiply(BigDecimal.valueOf(margin.between(0.80, 0.90, index)))
                .setScale(2, RoundingMode.HALF_EVEN);
        return new ProjectPlan(index, id, by, ProjectNames.of(builds, name, index) + " " + id, builds, contractTypeOf(index), in, fateOf(index, in), timeline,
                paidIn, contractPrice, budget, overrun.between(0.85, 1.35, index, Phase.CONSTRUCTION.ordinal()));
    }

    private Phase phaseOf(int index) {
        double draw = phase.unit(index);
        int at = 0;
        while (draw >= PHASE_SHARES[at]) {
            at++;
        }
        return Phase.values()[at];
    }

    private ContractType contractTypeOf(int index) {
        double draw = contract.unit(index);
        return draw < 0.5 ? ContractType.EPC : draw < 0.8 ? ContractType.EPC_F : draw < 0.9 ? ContractType.PPP
                : ContractType.O_AND_M;
    }

    private Fate fateOf(int index, Phase in) {
        double draw = fate.unit(index);
        if (in.compareTo(Phase.FINANCING) <= 0 && draw < KILLED_SHARE) {
            return Fate.KILLED;
        }
        return in != Phase.CLOSED && draw >= 1 - ON_HOLD_SHARE ? Fate.ON_HOLD : Fate.LIVE;
    }
}
