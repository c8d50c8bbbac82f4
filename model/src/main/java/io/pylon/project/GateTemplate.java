package io.pylon.project;

import io.pylon.security.Role;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.List;
import java.util.Set;

/**
 * What a gate of a project is made from: the roles that decide it (at least one, or nobody could) and its criteria
 * in order (at most {@link #MAX_CRITERIA}, a review people can still hold).
 */
public record GateTemplate(GateCode code, Set<Role> deciders, List<CriterionTemplate> criteria) {

    public static final int MAX_CRITERIA = 40;

    public GateTemplate {
        DomainRuleViolation.requirePresent("code", code);
        deciders = deciders == null ? Set.of() : Set.copyOf(deciders);
        criteria = criteria == null ? List.of() : List.copyOf(criteria);
        if (deciders.isEmpty()) {
            throw new DomainRuleViolation("deciders", Reason.REQUIRED, "gate " + code + " needs a role that decides it");
        }
        if (criteria.size() > MAX_CRITERIA) {
            throw new DomainRuleViolation("criteria", Reason.OUT_OF_RANGE, "at most " + MAX_CRITERIA + " criteria per gate");
        }
    }
}
