package io.pylon.financing;

import static io.pylon.shared.DomainRuleViolation.requirePresent;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

/**
 * When and how a tranche is repaid: {@code instalments} payments every {@code frequencyMonths} from {@code
 * firstRepaymentDate}; for CUSTOM, each instalment's share of the principal (decimal fractions adding up to 1).
 */
public record Repayment(RepaymentProfile profile, int frequencyMonths, int instalments, LocalDate firstRepaymentDate,
                        List<BigDecimal> shares) {

    public static final int MAX_YEARS = 50;

    public Repayment {
        requirePresent("repayment.profile", profile);
        requirePresent("repayment.firstRepaymentDate", firstRepaymentDate);
        if (frequencyMonths < 1 || frequencyMonths > 12) {
            throw new DomainRuleViolation("repayment.frequencyMonths", Reason.OUT_OF_RANGE, "must be between 1 and 12");
        }
        if (instalments < 1 || (long) (instalments - 1) * frequencyMonths > MAX_YEARS * 12L) {
            throw new DomainRuleViolation("repayment.instalments", Reason.OUT_OF_RANGE,
                    "must be at least 1, and the instalments must end within " + MAX_YEARS + " years");
        }
        shares = shares == null ? List.of() : List.copyOf(shares);
        if (profile == RepaymentProfile.CUSTOM) {
            if (shares.size() != instalments) {
                throw new DomainRuleViolation("repayment.shares", Reason.NOT_ALLOWED, "needs one share per instalment");
            }
            if (shares.stream().anyMatch(share -> share == null || share.signum() < 0)
                    || shares.stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(BigDecimal.ONE) != 0) {
                throw new DomainRuleViolation("repayment.shares", Reason.OUT_OF_RANGE,
                        "must be fractions of at least 0 adding up to exactly 1");
            }
        } else if (!shares.isEmpty()) {
            throw new DomainRuleViolation("repayment.shares", Reason.NOT_ALLOWED, "are given only for CUSTOM");
        }
    }

    /**
     * The instalment dates. Each is counted from the first (the first plus k times the frequency), so that a
     * repayment on the 31st stays at the month's end instead of drifting to the 28th.
     */
    public List<LocalDate> dates() {
        return IntStream.range(0, instalments).mapToObj(k -> firstRepaymentDate.plusMonths((long) k * frequencyMonths))
                .toList();
    }

    public Repayment delayedBy(int months) {
        return new Repayment(profile, frequencyMonths, instalments, firstRepaymentDate.plusMonths(months), shares);
    }

    public LocalDate lastRepaymentDate() {
        return firstRepaymentDate.plusMonths((long) (instalments - 1) * frequencyMonths);
    }
}
