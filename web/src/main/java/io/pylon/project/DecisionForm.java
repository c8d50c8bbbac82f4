package io.pylon.project;

import io.pylon.api.FieldChecks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A decision as a client sends it: {@code decision} GO, CONDITIONAL_GO, HOLD, RECYCLE or KILL, a rationale, and for
 * a CONDITIONAL_GO its conditions, each with a due date (YYYY-MM-DD).
 */
public record DecisionForm(String decision, String rationale, List<ConditionForm> conditions) {

    public record ConditionForm(String text, String dueOn) {
    }

    Checked checked() {
        FieldChecks checks = new FieldChecks()
                .required("decision", decision)
                .text("rationale", rationale, true, GateDecision.MAX_RATIONALE);
        Decision chosen = checks.oneOf("decision", decision, Decision.class);
        List<GateCondition> given = new ArrayList<>();
        List<ConditionForm> forms = conditions == null ? List.of() : conditions;
        for (int i = 0; i < forms.size(); i++) {
            ConditionForm form = forms.get(i);
            String field = "conditions[" + i + "]";
            if (form == null) {
                checks.required(field, null);
                continue;
            }
            checks.text(field + ".text", form.text(), true, GateCondition.MAX_TEXT).required(field + ".dueOn", form.dueOn());
            LocalDate due = checks.date(field + ".dueOn", form.dueOn());
            if (form.text() != null && !form.text().isBlank() && due != null) {
                given.add(new GateCondition(form.text(), due));
            }
        }
        checks.orThrow();
        return new Checked(chosen, given);
    }

    record Checked(Decision decision, List<GateCondition> conditions) {
    }
}
