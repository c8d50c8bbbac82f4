package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.api.FieldChecks;
import io.pylon.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A whole gate template as an administrator sends it: every gate G1-G5 with the roles that decide it and its
 * criteria in order, and the version read (null when the default was read).
 */
public record GateTemplateForm(Long version, List<GateForm> gates) {

    /** A gate: {@code code} G1-G5, {@code deciders} role names, its criteria in order. */
    public record GateForm(String code, List<String> deciders, List<CriterionForm> criteria) {
    }

    /** A criterion: {@code kind} MUST_MEET (weight 0 or absent) or SHOULD_MEET (weight 0-100). */
    public record CriterionForm(String text, String kind, Integer weight) {
    }

    /** The template of the combination, every offending field named as in {@code gates[2].criteria[0].text}. */
    ProjectTemplate checked(Sector sector, ContractType contractType) {
        FieldChecks checks = new FieldChecks().required("gates", gates);
        List<GateTemplate> made = new ArrayList<>();
        for (int i = 0; gates != null && i < gates.size(); i++) {
            GateTemplate gate = gate(checks, "gates[" + i + "]", gates.get(i));
            if (gate != null) {
                made.add(gate);
            }
        }
        ProjectTemplate template = gates != null && made.size() == gates.size()
                ? checks.built("", () -> new ProjectTemplate(sector, contractType, made)) : null;
        checks.orThrow();
        return template;
    }

    private static GateTemplate gate(FieldChecks checks, String at, GateForm gate) {
        checks.required(at, gate);
        if (gate == null) {
            return null;
        }
        GateCode code = checks.oneOf(at + ".code", gate.code(), GateCode.class);
        Set<Role> deciders = checks.allOf(at + ".deciders", gate.deciders(), Role.class);
        List<CriterionTemplate> criteria = new ArrayList<>();
        List<CriterionForm> given = gate.criteria() == null ? List.of() : gate.criteria();
        for (int j = 0; j < given.size(); j++) {
            String criterionAt = at + ".criteria[" + j + "]";
            CriterionForm criterion = given.get(j);
            checks.required(criterionAt, criterion);
            if (criterion != null) {
                CriterionKind kind = checks.oneOf(criterionAt + ".kind", criterion.kind(), CriterionKind.class);
                if (kind == CriterionKind.SHOULD_MEET) {
                    checks.required(criterionAt + ".weight", criterion.weight());
                }
                int weight = criterion.weight() == null ? 0 : criterion.weight();
                CriterionTemplate made = checks.built(criterionAt,
                        () -> new CriterionTemplate(criterion.text(), kind, weight));
                if (made != null) {
                    criteria.add(made);
                }
            }
        }
        return checks.built(at, () -> new GateTemplate(code, deciders, criteria));
    }
}
