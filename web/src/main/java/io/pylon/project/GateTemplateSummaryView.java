package io.pylon.project;

import io.pylon.account.Sector;
import java.time.Instant;

/** A sector and contract type, and whether an administrator customised its gate template (then by whom, when). */
public record GateTemplateSummaryView(Sector sector, ContractType contractType, boolean customised, Long version,
                                      String changedBy, Instant changedAt) {

    static GateTemplateSummaryView of(ProjectTemplates.Combination combination) {
        return new GateTemplateSummaryView(combination.sector(), combination.contractType(),
                combination.version() != null, combination.version(), combination.changedBy(), combination.changedAt());
    }
}
