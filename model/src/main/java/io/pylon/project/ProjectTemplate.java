package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The gates G1 to G5 a new project of one sector and contract type gets, each exactly once, in order. G0, the
 * decision to pursue, is taken as the project is created and has no template. A project copies its template's gates
 * when it is created, so changing the template later leaves existing projects as they are.
 */
public record ProjectTemplate(Sector sector, ContractType contractType, List<GateTemplate> gates) {

    public ProjectTemplate {
        Objects.requireNonNull(sector);
        Objects.requireNonNull(contractType);
        List<GateTemplate> given = gates == null ? List.of() : gates;
        Set<GateCode> seen = EnumSet.noneOf(GateCode.class);
        for (int i = 0; i < given.size(); i++) {
            GateCode code = given.get(i).code();
            if (code == GateCode.G0) {
                throw new DomainRuleViolation("gates[" + i + "].code", Reason.NOT_ALLOWED,
                        "G0 is the decision to pursue, taken as the project is created: it has no template");
            }
            if (!seen.add(code)) {
                throw new DomainRuleViolation("gates[" + i + "].code", Reason.DUPLICATE, code + " is there twice");
            }
        }
        Set<GateCode> missing = EnumSet.complementOf(EnumSet.of(GateCode.G0));
        missing.removeAll(seen);
        if (!missing.isEmpty()) {
            throw new DomainRuleViolation("gates", Reason.REQUIRED, "every gate G1 to G5 is needed; missing: " + missing);
        }
        List<GateTemplate> ordered = new ArrayList<>(given);
        ordered.sort(Comparator.comparing(GateTemplate::code));
        gates = List.copyOf(ordered);
    }

    /** The template of the combination as DESIGN.md section 2 has it ({@link GateTemplates}). */
    public static ProjectTemplate defaults(Sector sector, ContractType contractType) {
        return new ProjectTemplate(sector, contractType, GateTemplates.defaults(sector, contractType));
    }
}
