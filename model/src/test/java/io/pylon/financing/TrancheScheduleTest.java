package io.pylon.financing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.junit.jupiter.api.Test;

class TrancheScheduleTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 1, 1);

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static Tranche loan(InterestRate rate, DayCount dayCount, Premium premium, List<Drawdown> drawdowns,
                                Repayment repayment) {
        return new Tranche("ECA buyer's credit", TrancheType.ECA_BUYERS_CREDIT, d("1000000"), rate, dayCount, d("0.01"),
                d("0.005"), premium, SIGNED, drawdowns, repayment, false);
    }

    @Test
    void aSingleDrawdownWithAFinancedPremiumRepaidInTwoEqualInstalments() {
        Tranche tranche = loan(new InterestRate.Fixed(d("0.06")), DayCount.ACT_360, new Premium(d("0.05"), true),
                List.of(new Drawdown(SIGNED, d("1000000"))),
                new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, 6, 2, LocalDate.of(2026, 7, 1), null));

        List<ScheduleRow> rows = TrancheSchedule.of(tranche, SIGNED).rows();

        assertThat(rows).extracting(ScheduleRow::date)
                .containsExactly(SIGNED, LocalDate.of(2026, 7, 1), LocalDate.of(2027, 1, 1));
        ScheduleRow drawn = rows.get(0);
        assertThat(drawn.upfrontFee()).isEqualByComparingTo("10000");
        assertThat(drawn.premiumFinanced()).isEqualByComparingTo("50000");
        assertThat(drawn.premiumPaid()).isZero();
        assertThat(drawn.outstanding()).as("the premium is lent, not received").isEqualByComparingTo("1050000");
        assertThat(drawn.borrowerCashFlow()).isEqualByComparingTo("990000");
        // 181 days at 6% on 1,050,000 over 360; then 184 days on the half left.
        assertThat(rows.get(1).interest()).isEqualByComparingTo("31675");
        assertThat(rows.get(1).principal()).isEqualByComparingTo("525000");
        assertThat(rows.get(2).interest()).isEqualByComparingTo("16100");
        assertThat(rows.get(2).principal()).isEqualByComparingTo("525000");
        assertThat(rows.get(2).outstanding()).isZero();
        assertThat(rows).extracting(ScheduleRow::commitmentFee).allSatisfy(fee -> assertThat(fee).isZero());
    }

    @Test
    void interestAndCommitmentFeeAccrueBetweenDrawdownsAndArePaidOnTheGrid() {
        // Drawn 400,000 on 1 March and 600,000 on 1 September; semi-annual grid anchored at 1 July 2027.
        Tranche tranche = loan(new InterestRate.Floating(d("0.04"), d("0.02")), DayCount.ACT_365F, Premium.NONE,
                List.of(new Drawdown(LocalDate.of(2026, 3, 1), d("400000")),
                        new Drawdown(LocalDate.of(2026, 9, 1), d("600000"))),
                new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, 6, 4, LocalDate.of(2027, 7, 1), null));

        List<ScheduleRow> rows = TrancheSchedule.of(tranche, LocalDate.of(2027, 1, 1)).rows();

        assertThat(rows).extracting(ScheduleRow::date).containsExactly(LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 1), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 7, 1),
                LocalDate.of(2028, 1, 1), LocalDate.of(2028, 7, 1), LocalDate.of(2029, 1, 1));
        // 1 July 2026: 122 days of 6% on 400,000; the fee on 1,000,000 undrawn for 59 days, then 600,000 for 122.
        assertThat(rows.get(1).interest()).isCloseTo(d("400000").multiply(d("0.06")).multiply(d("122"))
                .divide(d("365"), TrancheSchedule.MC), within(d("1e-20")));
        assertThat(rows.get(1).commitmentFee()).isCloseTo(d("0.005").multiply(d("1000000").multiply(d("59"))
                .add(d("600000").multiply(d("122")))).divide(d("365"), TrancheSchedule.MC), within(d("1e-20")));
        // 1 January 2027: 62 days on 400,000, 122 on 1,000,000; the fee for the 62 days before the last drawdown only.
        assertThat(rows.get(3).interest()).isCloseTo(d("0.06").multiply(d("400000").multiply(d("62"))
                .add(d("1000000").multiply(d("122")))).divide(d("365"), TrancheSchedule.MC), within(d("1e-20")));
        assertThat(rows.get(3).commitmentFee()).isCloseTo(d("0.005").multiply(d("600000")).multiply(d("62"))
                .divide(d("365"), TrancheSchedule.MC), within(d("1e-20")));
        assertThat(rows.get(4).principal()).isEqualByComparingTo("250000");
        assertThat(rows.get(7).outstanding()).isZero();
    }

    @Test
    void annuityInstalmentsAreLevelAndAgreeWithTheSpreadsheetsPmt() {
        // On 30/360 every half year is exactly half a year, so interest plus principal is PMT(2.5%, 10, -1,000,000).
        Tranche tranche = loan(new InterestRate.Fixed(d("0.05")), DayCount.THIRTY_360, Premium.NONE,
                List.of(new Drawdown(SIGNED, d("1000000"))),
                new Repayment(RepaymentProfile.ANNUITY, 6, 10, LocalDate.of(2026, 7, 1), null));
        double pmt = spreadsheet("PMT(0.025,10,-1000000)");

        List<ScheduleRow> instalments = TrancheSchedule.of(tranche, SIGNED).rows().stream()
                .filter(row -> row.principal().signum() > 0).toList();

        assertThat(instalments).hasSize(10).allSatisfy(row -> assertThat(row.interest().add(row.principal()).doubleValue())
                .isCloseTo(pmt, within(pmt * 1e-12)));
        assertThat(instalments.get(9).outstanding()).isZero();
    }

    @Test
    void capitalisedInterestJoinsThePrincipalUntilTheStartingPointOfCredit() {
        Tranche tranche = new Tranche("Local costs", TrancheType.LOCAL_COST_FACILITY, d("100000"),
                new InterestRate.Fixed(d("0.08")), DayCount.THIRTY_360, null, null, null, SIGNED,
                List.of(new Drawdown(SIGNED, d("100000"))),
                new Repayment(RepaymentProfile.EQUAL_PRINCIPAL, 6, 2, LocalDate.of(2027, 7, 1), null), true);

        List<ScheduleRow> rows = TrancheSchedule.of(tranche, LocalDate.of(2027, 1, 1)).rows();

        assertThat(rows.get(1).capitalisedInterest()).isEqualByComparingTo("4000");
        assertThat(rows.get(1).interest()).isZero();
        assertThat(rows.get(2).capitalisedInterest()).isEqualByComparingTo("4160");
        assertThat(rows.get(3).interest()).as("paid after the starting point").isEqualByComparingTo("4326.4");
        assertThat(rows.get(3).principal()).isEqualByComparingTo("54080");
    }

    static double spreadsheet(String formula) {
        try (HSSFWorkbook workbook = new HSSFWorkbook()) {
            Cell cell = workbook.createSheet().createRow(0).createCell(0);
            cell.setCellFormula(formula);
            return workbook.getCreationHelper().createFormulaEvaluator().evaluate(cell).getNumberValue();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
