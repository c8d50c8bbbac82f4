package io.pylon.financing;

import io.pylon.api.FieldChecks;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;

/**
 * A financing plan as a client sends it: rates are decimal fractions and amounts decimal numbers, both as strings
 * ({@code "0.045"}, {@code "85000000"}), dates ISO ({@code "2027-06-30"}); see {@link TrancheForm}.
 */
public record FinancingPlanForm(String currency, String exportContractValue, String localCosts, String countryCategory,
                                Boolean climateOrNuclear, String startingPointOfCredit, String discountRate, String cirr,
                                List<TrancheForm> tranches) {

    /** {@code {"type": "FIXED", "value": "0.045"}} or {@code {"type": "FLOATING", "base": "0.04", "margin": "0.015"}}. */
    public record RateForm(String type, String value, String base, String margin) {
    }

    public record PremiumForm(String rate, Boolean financed) {
    }

    public record DrawdownForm(String date, String amount) {
    }

    /** The tranche's whole amount drawn monthly along the construction S-curve from {@code from} to {@code to}. */
    public record DrawdownCurveForm(String from, String to) {
    }

    /** {@code frequencyMonths} 6 when left out; {@code shares} only for CUSTOM. */
    public record RepaymentForm(String profile, Integer frequencyMonths, Integer instalments, String firstRepaymentDate,
                                List<String> shares) {
    }

    /**
     * A tranche: {@code type} ECA_BUYERS_CREDIT, COMMERCIAL_LOAN, LOCAL_COST_FACILITY, EQUITY, BUDGET or GRANT;
     * {@code dayCount} ACT_360, ACT_365F or 30_360; fees as rates; the rate, day count and repayment only for the
     * first three; {@code drawdowns} by date, or a {@code drawdownCurve} instead.
     */
    public record TrancheForm(String name, String type, String amount, RateForm rate, String dayCount, String upfrontFee,
                              String commitmentFee, PremiumForm premium, String signingDate, List<DrawdownForm> drawdowns,
                              DrawdownCurveForm drawdownCurve, RepaymentForm repayment, Boolean capitaliseInterest) {
    }

    private static final int DEFAULT_FREQUENCY_MONTHS = 6;

    /** Every field's form checked at once; then the plan, whose rules name the first field that breaks them. */
    public FinancingPlan plan() {
        FieldChecks checks = new FieldChecks().required("currency", currency)
                .required("exportContractValue", exportContractValue).required("countryCategory", countryCategory)
                .required("startingPointOfCredit", startingPointOfCredit).required("tranches", tranches);
        Currency code = checks.currency("currency", currency);
        BigDecimal value = checks.decimal("exportContractValue", exportContractValue);
        BigDecimal local = checks.decimal("localCosts", localCosts);
        CountryCategory category = checks.oneOf("countryCategory", countryCategory, CountryCategory.class);
        LocalDate start = checks.date("startingPointOfCredit", startingPointOfCredit);
        BigDecimal discount = checks.decimal("discountRate", discountRate);
        BigDecimal ceiling = checks.decimal("cirr", cirr);
        List<Parsed> parsed = new ArrayList<>();
        List<TrancheForm> given = tranches == null ? List.of() : tranches;
        for (int i = 0; i < given.size(); i++) {
            parsed.add(Parsed.of(checks, "tranches[" + i + "]", given.get(i)));
        }
        checks.orThrow();
        List<Tranche> built = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            try {
                built.add(parsed.get(i).tranche());
            } catch (DomainRuleViolation violation) {
                throw violation.under("tranches[" + i + "]");
            }
        }
        return new FinancingPlan(code, value, local, category, Boolean.TRUE.equals(climateOrNuclear), start, discount,
                ceiling, built);
    }

    /** A tranche's fields parsed, to be built once every field of the plan has been checked. */
    private record Parsed(TrancheForm form, TrancheType type, BigDecimal amount, Rate rate,
                          DayCount dayCount, BigDecimal upfrontFee, BigDecimal commitmentFee, BigDecimal premiumRate,
                          LocalDate signingDate, List<LocalDate> drawdownDates, List<BigDecimal> drawdownAmounts,
                          LocalDate curveFrom, LocalDate curveTo, RepaymentProfile profile,
                          LocalDate firstRepaymentDate, List<BigDecimal> shares) {

        static Parsed of(FieldChecks checks, String at, TrancheForm form) {
            checks.required(at, form);
            if (form == null) {
                return null;
            }
            checks.required(at + ".type", form.type()).required(at + ".amount", form.amount());
            DrawdownCurveForm curve = form.drawdownCurve();
            if (curve == null) {
                checks.required(at + ".drawdowns", form.drawdowns());
            } else {
                checks.valid(at + ".drawdowns", form.drawdowns(), List::isEmpty, Reason.NOT_ALLOWED,
                        "are given by date or by a drawdownCurve, not both")
                        .required(at + ".drawdownCurve.from", curve.from()).required(at + ".drawdownCurve.to", curve.to());
            }
            TrancheType type = checks.oneOf(at + ".type", form.type(), TrancheType.class);
            Rate rate = null;
            if (form.rate() != null) {
                checks.required(at + ".rate.type", form.rate().type());
                rate = new Rate(checks.oneOf(at + ".rate.type", form.rate().type(), InterestRate.Kind.class),
                        checks.decimal(at + ".rate.value", form.rate().value()),
                        checks.decimal(at + ".rate.base", form.rate().base()),
                        checks.decimal(at + ".rate.margin", form.rate().margin()));
            }
            checks.valid(at + ".dayCount", form.dayCount(), FinancingPlanForm::isDayCount, Reason.NOT_ALLOWED,
                    "must be one of ACT_360, ACT_365F, 30_360");
            List<DrawdownForm> drawdowns = form.drawdowns() == null ? List.of() : form.drawdowns();
            List<LocalDate> dates = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            for (int i = 0; i < drawdowns.size(); i++) {
                String drawdown = at + ".drawdowns[" + i + "]";
                DrawdownForm each = drawdowns.get(i);
                checks.required(drawdown, each);
                if (each != null) {
                    checks.required(drawdown + ".date", each.date()).required(drawdown + ".amount", each.amount());
                    dates.add(checks.date(drawdown + ".date", each.date()));
                    amounts.add(checks.decimal(drawdown + ".amount", each.amount()));
                }
            }
            RepaymentForm repayment = form.repayment();
            RepaymentProfile profile = null;
            LocalDate first = null;
            List<BigDecimal> shares = null;
            if (repayment != null) {
                checks.required(at + ".repayment.profile", repayment.profile())
                        .required(at + ".repayment.instalments", repayment.instalments())
                        .required(at + ".repayment.firstRepaymentDate", repayment.firstRepaymentDate());
                profile = checks.oneOf(at + ".repayment.profile", repayment.profile(), RepaymentProfile.class);
                first = checks.date(at + ".repayment.firstRepaymentDate", repayment.firstRepaymentDate());
                if (repayment.shares() != null) {
                    shares = new ArrayList<>();
                    for (int i = 0; i < repayment.shares().size(); i++) {
                        shares.add(checks.decimal(at + ".repayment.shares[" + i + "]", repayment.shares().get(i)));
                    }
                }
            }
            LocalDate curveFrom = curve == null ? null : checks.date(at + ".drawdownCurve.from", curve.from());
            LocalDate curveTo = curve == null ? null : checks.date(at + ".drawdownCurve.to", curve.to());
            return new Parsed(form, type, checks.decimal(at + ".amount", form.amount()), rate,
                    isDayCount(form.dayCount()) ? DayCount.of(at + ".dayCount", form.dayCount()) : null,
                    checks.decimal(at + ".upfrontFee", form.upfrontFee()),
                    checks.decimal(at + ".commitmentFee", form.commitmentFee()),
                    form.premium() == null ? null : checks.decimal(at + ".premium.rate", form.premium().rate()),
                    checks.date(at + ".signingDate", form.signingDate()), dates, amounts, curveFrom, curveTo, profile,
                    first, shares);
        }

        Tranche tranche() {
            List<Drawdown> drawdowns = new ArrayList<>();
            // A tranche of no amount has nothing to spread: the tranche itself then says what is wrong.
            if (form.drawdownCurve() != null && amount.signum() > 0) {
                try {
                    drawdowns.addAll(new SCurve(curveFrom, curveTo).spread(amount));
                } catch (DomainRuleViolation violation) {
                    throw violation.under("drawdownCurve");
                }
            }
            for (int i = 0; i < drawdownDates.size(); i++) {
                try {
                    drawdowns.add(new Drawdown(drawdownDates.get(i), drawdownAmounts.get(i)));
                } catch (DomainRuleViolation violation) {
                    throw violation.under("drawdowns[" + i + "]");
                }
            }
            RepaymentForm repayment = form.repayment();
            InterestRate interest = rate == null ? null
                    : InterestRate.of(rate.kind(), rate.value(), rate.base(), rate.margin());
            Premium premium = form.premium() == null ? null
                    : new Premium(premiumRate, Boolean.TRUE.equals(form.premium().financed()));
            Repayment repaid = repayment == null ? null : new Repayment(profile, repayment.frequencyMonths() == null
                    ? DEFAULT_FREQUENCY_MONTHS : repayment.frequencyMonths(), repayment.instalments(), firstRepaymentDate,
                    shares);
            return new Tranche(form.name(), type, amount, interest, dayCount, upfrontFee, commitmentFee, premium,
                    signingDate, drawdowns, repaid, Boolean.TRUE.equals(form.capitaliseInterest()));
        }
    }

    private record Rate(InterestRate.Kind kind, BigDecimal value, BigDecimal base, BigDecimal margin) {
    }

    private static boolean isDayCount(String code) {
        return code != null && Arrays.stream(DayCount.values()).anyMatch(count -> count.code().equals(code));
    }
}
