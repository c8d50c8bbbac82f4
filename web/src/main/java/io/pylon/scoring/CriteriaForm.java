package io.pylon.scoring;

import io.pylon.api.FieldChecks;
import io.pylon.shared.Reason;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** New weightings of some or all criteria; each names its criterion, a weight 0-100 and whether it is enabled. */
public record CriteriaForm(List<CriterionForm> criteria) {

    public record CriterionForm(String criterion, Integer weight, Boolean enabled) {
    }

    Map<Criterion, Weighting> changes() {
        FieldChecks checks = new FieldChecks().required("criteria", criteria);
        Map<Criterion, Weighting> changes = new EnumMap<>(Criterion.class);
        List<CriterionForm> given = criteria == null ? List.of() : criteria;
        for (int i = 0; i < given.size(); i++) {
            String at = "criteria[" + i + "]";
            CriterionForm form = given.get(i);
            if (form == null) {
                checks.required(at, null);
                continue;
            }
            Criterion criterion = checks.required(at + ".criterion", form.criterion())
                    .oneOf(at + ".criterion", form.criterion(), Criterion.class);
            checks.required(at + ".weight", form.weight())
                    .between(at + ".weight", form.weight(), Criterion.MIN_WEIGHT, Criterion.MAX_WEIGHT)
                    .required(at + ".enabled", form.enabled())
                    .valid(at + ".criterion", criterion, c -> !changes.containsKey(c), Reason.DUPLICATE,
                            "names a criterion given before");
            if (criterion != null && form.weight() != null && form.enabled() != null
                    && form.weight() >= Criterion.MIN_WEIGHT && form.weight() <= Criterion.MAX_WEIGHT) {
                changes.putIfAbsent(criterion, new Weighting(form.weight(), form.enabled()));
            }
        }
        checks.orThrow();
        return changes;
    }
}
