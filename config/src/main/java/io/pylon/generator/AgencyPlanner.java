package io.pylon.generator;

import io.pylon.account.Classification;
import io.pylon.account.Sector;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Plans the agencies: countries by weight, kinds by how common they are, a quarter of the non-ministries under a
 * ministry of their country, and a weight per agency drawn from a log-normal distribution, so that a fifth of the
 * agencies carry most of the business. Names carry the account's id, which no other account has had, so that they
 * never collide with an account already there (unique per country).
 */
final class AgencyPlanner {

    private static final double PARENT_SHARE = 0.25;
    private static final double WEIGHT_SPREAD = 1.3;

    private final Dice.Roll country;
    private final Dice.Roll kind;
    private final Dice.Roll sectors;
    private final Dice.Roll parent;
    private final Dice.Roll classification;
    private final Dice.Roll team;
    private final Dice.Roll habit;
    private final Dice.Roll weight;

    AgencyPlanner(Dice dice) {
        this.country = dice.roll("agency.country");
        this.kind = dice.roll("agency.kind");
        this.sectors = dice.roll("agency.sectors");
        this.parent = dice.roll("agency.parent");
        this.classification = dice.roll("agency.classification");
        this.team = dice.roll("agency.team");
        this.habit = dice.roll("agency.paymentHabit");
        this.weight = dice.roll("agency.weight");
    }

    List<Agency> plan(int count, Staff staff, IdBlocks ids) throws SQLException {
        List<Agency> agencies = new ArrayList<>(count);
        Map<String, Long> lastMinistry = new HashMap<>();
        for (int index = 0; index < count; index++) {
            long id = ids.next();
            Country in = Country.ALL.get(country.weighted(Country.CUMULATIVE_WEIGHTS, index));
            AgencyKind of = AgencyKind.values()[kind.weighted(AgencyKind.CUMULATIVE_WEIGHTS, index)];
            Long parentId = of.isMinistry() || !parent.chance(PARENT_SHARE, index) ? null : lastMinistry.get(in.code());
            if (of.isMinistry()) {
                lastMinistry.put(in.code(), id);
            }
            agencies.add(new Agency(index, id, in.name() + " " + of.title() + " " + id, in, of, sectorsOf(of, index),
                    parentId, classificationOf(index), staff.teamOf(index, team.unit(index)), habitOf(index),
                    Math.exp(WEIGHT_SPREAD * weight.gaussian(index))));
        }
        return agencies;
    }

    /** One to three of the kind's sectors, in the order the application stores them. */
    private List<Sector> sectorsOf(AgencyKind of, int index) {
        int wanted = sectors.between(1, Math.min(3, of.sectors().size()), index);
        EnumSet<Sector> chosen = EnumSet.noneOf(Sector.class);
        for (int draw = 0; chosen.size() < wanted; draw++) {
            chosen.add(sectors.pick(of.sectors(), index, draw));
        }
        return List.copyOf(chosen);
    }

    private Classification classificationOf(int index) {
        double draw = classification.unit(index);
        return draw < 0.25 ? Classification.INDUSTRY : draw < 0.5 ? Classification.REGIONAL
                : draw < 0.7 ? Classification.POTENTIAL : null;
    }

    private PaymentHabit habitOf(int index) {
        double draw = habit.unit(index);
        return draw < 0.6 ? PaymentHabit.PROMPT : draw < 0.9 ? PaymentHabit.SLOW : PaymentHabit.DELINQUENT;
    }
}
