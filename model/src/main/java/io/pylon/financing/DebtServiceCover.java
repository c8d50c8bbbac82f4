package io.pylon.financing;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The debt service cover ratio of a revenue-earning project, per repayment period: the cash flow available for debt
 * service dated in the period divided by the debt service (interest, fees, premium paid and principal of all debt
 * tranches) paid in it. A period ends on a day principal is repaid and starts after the previous one (the first after
 * the starting point of credit). The minimum and the average of the periods' ratios; none without revenue.
 */
public record DebtServiceCover(List<Period> periods, Metric minimum, Metric average) {

    public record Period(LocalDate from, LocalDate to, BigDecimal cashAvailable, BigDecimal debtService,
                         Metric ratio) {
    }

    static DebtServiceCover of(List<ScheduleRow> debt, List<CashAvailable> revenue, LocalDate startingPointOfCredit) {
        if (revenue.isEmpty()) {
            Metric none = Metric.undefined("no revenue is given: the project earns none, or it was not entered");
            return new DebtServiceCover(List.of(), none, none);
        }
        List<Period> periods = new ArrayList<>();
        LocalDate after = startingPointOfCredit;
        BigDecimal service = BigDecimal.ZERO;
        for (ScheduleRow row : debt) {
            if (row.date().isAfter(after)) {
                service = service.add(row.debtService());
            }
            if (row.principal().signum() > 0) {
                periods.add(period(after, row.date(), revenue, service));
                after = row.date();
                service = BigDecimal.ZERO;
            }
        }
        List<BigDecimal> ratios = periods.stream().flatMap(period -> period.ratio().defined().stream()).toList();
        if (ratios.isEmpty()) {
            Metric none = Metric.undefined("no period has debt service to cover");
            return new DebtServiceCover(periods, none, none);
        }
        return new DebtServiceCover(periods, Metric.of(ratios.stream().min(BigDecimal::compareTo).orElseThrow()),
                Metric.of(ratios.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                        .divide(BigDecimal.valueOf(ratios.size()), MathContext.DECIMAL128)));
    }

    private static Period period(LocalDate after, LocalDate to, List<CashAvailable> revenue, BigDecimal service) {
        BigDecimal available = revenue.stream()
                .filter(cash -> cash.date().isAfter(after) && !cash.date().isAfter(to))
                .map(CashAvailable::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        Metric ratio = service.signum() == 0 ? Metric.undefined("no debt service in the period")
                : Metric.of(available.divide(service, MathContext.DECIMAL128));
        return new Period(after.plusDays(1), to, available, service, ratio);
    }
}
