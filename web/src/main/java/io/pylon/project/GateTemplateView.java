package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.security.Role;
import java.time.Instant;
import java.util.List;

/**
 * The gate template of a sector and contract type as the API shows it. {@code customised}: an administrator edited
 * it, and {@code version} (send it back with a change), {@code changedBy} and {@code changedAt} say which edit is in
 * force; otherwise it is the default, and they are absent.
 */
public record GateTemplateView(Sector sector, ContractType contractType, boolean customised, Long version,
                               String changedBy, Instant changedAt, List<TemplateGate> gates) {

    /** A gate of the template: the phases it passes between, the roles that decide it, its criteria in order. */
    public record TemplateGate(GateCode code, Phase from, Phase to, List<Role> deciders,
                               List<TemplateCriterion> criteria) {

        static TemplateGate of(GateTemplate gate) {
            return new TemplateGate(gate.code(), gate.code().from().orElse(null), gate.code().to(),
                    gate.deciders().stream().sorted().toList(), gate.criteria().stream()
                    .map(criterion -> new TemplateCriterion(criterion.text(), criterion.kind(), criterion.weight()))
                    .toList());
        }
    }

    /** A criterion: {@code weight} 0-100 for a should-meet one, 0 for a must-meet one. */
    public record TemplateCriterion(String text, CriterionKind kind, int weight) {
    }

    static GateTemplateView of(ProjectTemplates.InForce inForce) {
        ProjectTemplate template = inForce.template();
        return new GateTemplateView(template.sector(), template.contractType(), inForce.customised(),
                inForce.version(), inForce.changedBy(), inForce.changedAt(),
                template.gates().stream().map(TemplateGate::of).toList());
    }
}
