package io.pylon.financing;

import io.pylon.financing.RuleCheck.Outcome;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Checks a plan against the OECD Arrangement. Official support means the export-credit and local-cost tranches; the
 * down payment is what the other tranches (commercial loans, equity, budget, grants) bring to the export contract.
 */
public final class ArrangementChecks {

    static final BigDecimal MIN_DOWN_PAYMENT = new BigDecimal("0.15");
    static final BigDecimal MAX_OFFICIAL_SUPPORT = new BigDecimal("0.85");
    static final int MAX_TERM_YEARS = 15;
    static final int MAX_TERM_YEARS_CLIMATE_OR_NUCLEAR = 22;
    static final int MAX_MONTHS_BETWEEN_INSTALMENTS = 6;
    static final int MAX_MONTHS_TO_FIRST_INSTALMENT = 6;

    private ArrangementChecks() {
    }

    public static List<RuleCheck> of(FinancingPlan plan) {
        List<RuleCheck> checks = new ArrayList<>();
        BigDecimal value = plan.exportContractValue();
        BigDecimal exportCredit = sum(plan, tranche -> tranche.type() == TrancheType.ECA_BUYERS_CREDIT);
        BigDecimal localSupport = sum(plan, tranche -> tranche.type() == TrancheType.LOCAL_COST_FACILITY);
        BigDecimal downPayment = sum(plan, tranche -> !supported(tranche));

        BigDecimal minimum = value.multiply(MIN_DOWN_PAYMENT);
        checks.add(downPayment.compareTo(minimum) >= 0
                ? check(ArrangementRule.DOWN_PAYMENT, Outcome.PASSED, "down payment " + share(downPayment, value)
                        + " of the export contract value, at least 15%")
                : check(ArrangementRule.DOWN_PAYMENT, Outcome.FAILED, "down payment " + share(downPayment, value)
                        + " of the export contract value: " + amount(minimum.subtract(downPayment)) + " short of 15%"));

        BigDecimal maximum = value.multiply(MAX_OFFICIAL_SUPPORT);
        checks.add(exportCredit.compareTo(maximum) <= 0
                ? check(ArrangementRule.OFFICIAL_SUPPORT, Outcome.PASSED, "official support " + share(exportCredit, value)
                        + " of the export contract value, at most 85%")
                : check(ArrangementRule.OFFICIAL_SUPPORT, Outcome.FAILED, "official support " + share(exportCredit, value)
                        + " of the export contract value: " + amount(exportCredit.subtract(maximum)) + " above 85%"));

        BigDecimal localCap = value.multiply(plan.countryCategory().localCostShare()).min(plan.localCosts());
        String capWords = "the lesser of the local costs and " + share(plan.countryCategory().localCostShare(), BigDecimal.ONE)
                + " of the export contract value (Category " + plan.countryCategory() + ")";
        checks.add(localSupport.signum() == 0
                ? check(ArrangementRule.LOCAL_COSTS, Outcome.NOT_APPLICABLE, "no local-cost support")
                : localSupport.compareTo(localCap) <= 0
                ? check(ArrangementRule.LOCAL_COSTS, Outcome.PASSED, "local-cost support " + amount(localSupport)
                        + " within " + capWords)
                : check(ArrangementRule.LOCAL_COSTS, Outcome.FAILED, "local-cost support " + amount(localSupport) + ": "
                        + amount(localSupport.subtract(localCap)) + " above " + capWords));

        int maxYears = plan.climateOrNuclear() ? MAX_TERM_YEARS_CLIMATE_OR_NUCLEAR : MAX_TERM_YEARS;
        for (Tranche tranche : plan.tranches()) {
            if (!supported(tranche)) {
                continue;
            }
            checks.add(term(tranche, plan.startingPointOfCredit(), maxYears));
            checks.add(profile(tranche, plan.startingPointOfCredit()));
            if (tranche.rate() instanceof InterestRate.Fixed fixed) {
                checks.add(cirr(tranche, fixed, plan.cirr()));
            }
        }
        return List.copyOf(checks);
    }

    private static RuleCheck term(Tranche tranche, LocalDate start, int maxYears) {
        LocalDate last = tranche.repayment().lastRepaymentDate();
        LocalDate latest = start.plusYears(maxYears);
        Period term = Period.between(start, last);
        String words = tranche.name() + ": " + years(term) + " from the starting point of credit to the last instalment";
        return last.isAfter(latest)
                ? check(ArrangementRule.REPAYMENT_TERM, Outcome.FAILED, words + ", " + years(Period.between(latest, last))
                        + " longer than " + maxYears + " years")
                : check(ArrangementRule.REPAYMENT_TERM, Outcome.PASSED, words + ", at most " + maxYears + " years");
    }

    private static RuleCheck profile(Tranche tranche, LocalDate start) {
        Repayment repayment = tranche.repayment();
        if (repayment.profile() != RepaymentProfile.EQUAL_PRINCIPAL) {
            return check(ArrangementRule.REPAYMENT_PROFILE, Outcome.REVIEW, tranche.name() + ": " + repayment.profile()
                    + " repayment is allowed only under the Arrangement's conditions; to be reviewed");
        }
        List<String> misses = new ArrayList<>();
        if (repayment.frequencyMonths() > MAX_MONTHS_BETWEEN_INSTALMENTS) {
            misses.add("instalments every " + repayment.frequencyMonths() + " months, "
                    + (repayment.frequencyMonths() - MAX_MONTHS_BETWEEN_INSTALMENTS) + " more than 6");
        }
        LocalDate latestFirst = start.plusMonths(MAX_MONTHS_TO_FIRST_INSTALMENT);
        if (repayment.firstRepaymentDate().isAfter(latestFirst)) {
            misses.add("the first instalment on " + repayment.firstRepaymentDate() + ", "
                    + ChronoUnit.DAYS.between(latestFirst, repayment.firstRepaymentDate())
                    + " days later than 6 months after the starting point of credit");
        }
        return misses.isEmpty()
                ? check(ArrangementRule.REPAYMENT_PROFILE, Outcome.PASSED, tranche.name()
                        + ": equal principal instalments at least every 6 months, the first within 6 months")
                : check(ArrangementRule.REPAYMENT_PROFILE, Outcome.FAILED, tranche.name() + ": " + String.join("; ", misses));
    }

    private static RuleCheck cirr(Tranche tranche, InterestRate.Fixed fixed, BigDecimal cirr) {
        if (cirr == null) {
            return check(ArrangementRule.MINIMUM_FIXED_RATE, Outcome.NOT_APPLICABLE, tranche.name()
                    + ": no CIRR given to check the fixed rate against");
        }
        BigDecimal gap = cirr.subtract(fixed.value());
        return gap.signum() <= 0
                ? check(ArrangementRule.MINIMUM_FIXED_RATE, Outcome.PASSED, tranche.name() + ": fixed rate "
                        + percent(fixed.value()) + " at or above the CIRR of " + percent(cirr))
                : check(ArrangementRule.MINIMUM_FIXED_RATE, Outcome.FAILED, tranche.name() + ": fixed rate "
                        + percent(fixed.value()) + ", " + basisPoints(gap) + " below the CIRR of " + percent(cirr));
    }

    private static boolean supported(Tranche tranche) {
        return tranche.type() == TrancheType.ECA_BUYERS_CREDIT || tranche.type() == TrancheType.LOCAL_COST_FACILITY;
    }

    private static BigDecimal sum(FinancingPlan plan, Predicate<Tranche> which) {
        return plan.tranches().stream().filter(which).map(Tranche::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static RuleCheck check(ArrangementRule rule, Outcome outcome, String message) {
        return new RuleCheck(rule, outcome, message);
    }

    private static String share(BigDecimal part, BigDecimal whole) {
        return percent(part.divide(whole, MathContext.DECIMAL128));
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).setScale(2, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + "%";
    }

    private static String basisPoints(BigDecimal fraction) {
        return fraction.movePointRight(4).setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString() + " bp";
    }

    private static String amount(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_EVEN).toPlainString();
    }

    private static String years(Period period) {
        return period.getYears() + " years " + period.getMonths() + " months " + period.getDays() + " days";
    }
}
