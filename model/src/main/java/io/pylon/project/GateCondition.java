package io.pylon.project;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import java.util.Objects;

/** A condition of a CONDITIONAL_GO: what must still be done, and by when. */
@Embeddable
public class GateCondition {

    public static final int MAX_TEXT = 500;

    @Column(name = "condition_text", nullable = false, length = MAX_TEXT)
    private String text;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    protected GateCondition() {
    }

    public GateCondition(String text, LocalDate dueOn) {
        this.text = Texts.tidy("conditions", text, true, MAX_TEXT);
        if (dueOn == null) {
            throw new DomainRuleViolation("conditions", Reason.REQUIRED, "each condition needs a due date");
        }
        this.dueOn = dueOn;
    }

    /** Met once it was recorded so; overdue while open after its due date. */
    public ConditionStatus status(boolean met, LocalDate today) {
        if (met) {
            return ConditionStatus.MET;
        }
        return today.isAfter(dueOn) ? ConditionStatus.OVERDUE : ConditionStatus.OPEN;
    }

    public String text() {
        return text;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof GateCondition that && text.equals(that.text) && dueOn.equals(that.dueOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, dueOn);
    }
}
