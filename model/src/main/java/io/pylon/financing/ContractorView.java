package io.pylon.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The contractor's side of a financed contract. It is paid the plan's drawdowns as the buyer draws them (lenders
 * disburse to the contractor against progress), up to the contract price; what the plan leaves unfunded of the price
 * is paid at the starting point of credit (taking-over). It spends its cost estimate along the construction
 * {@link SCurve}, from the start of construction to the starting point of credit.
 * <ul>
 * <li>NPV: the net cash flows at the hurdle rate on the first day of the flows (XNPV convention);</li>
 * <li>IRR: the XIRR of the same flows;</li>
 * <li>peak funding need: the lowest the cumulative cash position goes below zero (zero if never), and the day.</li>
 * </ul>
 */
public record ContractorView(Metric npv, Metric irr, BigDecimal peakFundingNeed, LocalDate peakFundingOn,
                             List<Position> positions) {

    /** One day's receipts and costs, the day's net flow and the cumulative cash position after it. */
    public record Position(LocalDate date, BigDecimal receipts, BigDecimal costs, BigDecimal net,
                           BigDecimal cumulative) {
    }

    static ContractorView of(List<ScheduleRow> total, BigDecimal contractPrice, BigDecimal cost,
                             SCurve construction, BigDecimal hurdleRate) {
        Map<LocalDate, BigDecimal> receipts = new TreeMap<>();
        BigDecimal paid = BigDecimal.ZERO;
        for (ScheduleRow row : total) {
            BigDecimal receipt = row.drawdown().min(contractPrice.subtract(paid));
            if (receipt.signum() > 0) {
                receipts.merge(row.date(), receipt, BigDecimal::add);
                paid = paid.add(receipt);
            }
        }
        if (paid.compareTo(contractPrice) < 0) {
            receipts.merge(construction.end(), contractPrice.subtract(paid), BigDecimal::add);
        }
        Map<LocalDate, BigDecimal> costs = new TreeMap<>();
        construction.spread(cost).forEach(part -> costs.merge(part.date(), part.amount(), BigDecimal::add));

        TreeMap<LocalDate, BigDecimal> net = new TreeMap<>(receipts);
        costs.forEach((day, amount) -> net.merge(day, amount.negate(), BigDecimal::add));
        List<Position> positions = new ArrayList<>();
        BigDecimal cumulative = BigDecimal.ZERO;
        BigDecimal lowest = BigDecimal.ZERO;
        LocalDate lowestOn = null;
        for (Map.Entry<LocalDate, BigDecimal> day : net.entrySet()) {
            cumulative = cumulative.add(day.getValue());
            positions.add(new Position(day.getKey(), receipts.getOrDefault(day.getKey(), BigDecimal.ZERO),
                    costs.getOrDefault(day.getKey(), BigDecimal.ZERO), day.getValue(), cumulative));
            if (cumulative.compareTo(lowest) < 0) {
                lowest = cumulative;
                lowestOn = day.getKey();
            }
        }
        DatedCashFlows flows = new DatedCashFlows(net);
        return new ContractorView(Metric.of(BigDecimal.valueOf(flows.presentValue(hurdleRate.doubleValue()))),
                flows.internalRate(), lowest.negate(), lowestOn, positions);
    }
}
