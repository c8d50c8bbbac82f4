package io.pylon.project;

import io.pylon.security.Role;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** What a gate of a project is made from: the roles that decide it and its criteria. */
public record GateTemplate(GateCode code, Set<Role> deciders, List<CriterionTemplate> criteria) {

    public GateTemplate {
        Objects.requireNonNull(code);
        deciders = Set.copyOf(deciders);
        criteria = List.copyOf(criteria);
        if (deciders.isEmpty()) {
            throw new IllegalArgumentException("gate " + code + " needs a role that decides it");
        }
    }
}
