package io.pylon.portfolio;

import io.pylon.account.SurveyTrend;
import io.pylon.currency.DayConversion;
import io.pylon.health.AccountHealth;
import io.pylon.relationship.VisitCadence;
import io.pylon.relationship.VisitSchedule;
import io.pylon.scoring.WeightedScore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * An account's figures in the reporting currency on a day, from its {@link AccountFacts}:
 * <ul>
 * <li>{@code contracted}: won opportunities in full; {@code pipeline}: open ones times their win probability;
 *     {@code value}: the two together, which the Pareto ranking and the concentration measures use;</li>
 * <li>{@code earned}: the earned value of its projects' latest reporting periods; {@code margin}: earned value less
 *     actual cost, and {@code marginShare} that margin over the earned value (empty with nothing earned);</li>
 * <li>{@code backlog}: what is contracted and not yet earned (never below zero);</li>
 * <li>{@code receivable}: invoices issued and unpaid; {@code overdueReceivable}: those of them past due;</li>
 * <li>{@code exposure}: backlog plus receivables, what the contractor stands to lose if the agency stops paying;</li>
 * <li>{@code health}: {@link AccountHealth} of these facts; {@code satisfaction}: the survey trend.</li>
 * </ul>
 * {@code converted} names the currencies of the amounts converted (their rates are the ones the figures rest on);
 * amounts in a currency without a rate on the day are left out and their currencies listed in {@code unconverted}.
 */
public record AccountFigures(AccountFacts facts, BigDecimal contracted, BigDecimal pipeline, BigDecimal earned,
                             BigDecimal margin, BigDecimal receivable, BigDecimal overdueReceivable,
                             SurveyTrend satisfaction, WeightedScore health, Set<Currency> converted,
                             List<Currency> unconverted) {

    public static AccountFigures of(AccountFacts facts, DayConversion conversion, VisitCadence cadence) {
        List<Currency> unconverted = new ArrayList<>();
        Holdings held = facts.opportunities;
        BigDecimal contracted = BigDecimal.ZERO;
        BigDecimal pipeline = BigDecimal.ZERO;
        for (Currency currency : held.currencies()) {
            Optional<BigDecimal> won = conversion.convert(currency, held.contracted(currency).amount());
            Optional<BigDecimal> weighted = conversion.convert(currency, held.pipeline(currency).amount());
            if (won.isEmpty()) {
                unconverted.add(currency);
                continue;
            }
            contracted = contracted.add(won.get());
            pipeline = pipeline.add(weighted.orElseThrow());
        }
        BigDecimal earned = sum(facts.earned, conversion, unconverted);
        BigDecimal margin = earned.subtract(sum(facts.actualCost, conversion, unconverted));
        BigDecimal receivable = sum(facts.receivable, conversion, unconverted);
        BigDecimal overdue = sum(facts.overdueReceivable, conversion, unconverted);
        SurveyTrend satisfaction = SurveyTrend.of(facts.surveys(), conversion.day());
        VisitSchedule visit = VisitSchedule.of(facts.tier(), cadence, facts.lastVisit().orElse(null), conversion.day());
        WeightedScore health = AccountHealth.of(new AccountHealth.Facts(satisfaction, facts.openFollowUps(),
                facts.overdueFollowUps(), visit, contracted, pipeline, receivable, overdue,
                conversion.target().getCurrencyCode(), facts.nextGates()));
        Set<Currency> converted = new HashSet<>(held.currencies());
        Stream.of(facts.earned, facts.actualCost, facts.receivable, facts.overdueReceivable)
                .forEach(amounts -> converted.addAll(amounts.keySet()));
        converted.removeAll(unconverted);
        return new AccountFigures(facts, contracted, pipeline, earned, margin, receivable, overdue, satisfaction,
                health, Set.copyOf(converted), unconverted.stream().distinct().toList());
    }

    public BigDecimal value() {
        return contracted.add(pipeline);
    }

    public BigDecimal backlog() {
        return contracted.subtract(earned).max(BigDecimal.ZERO);
    }

    public BigDecimal exposure() {
        return backlog().add(receivable);
    }

    public Optional<BigDecimal> marginShare() {
        return earned.signum() == 0 ? Optional.empty() : Optional.of(margin.divide(earned, MathContext.DECIMAL64));
    }

    private static BigDecimal sum(Map<Currency, BigDecimal> amounts, DayConversion conversion, List<Currency> unconverted) {
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<Currency, BigDecimal> amount : amounts.entrySet()) {
            Optional<BigDecimal> converted = conversion.convert(amount.getKey(), amount.getValue());
            if (converted.isPresent()) {
                total = total.add(converted.get());
            } else {
                unconverted.add(amount.getKey());
            }
        }
        return total;
    }
}
