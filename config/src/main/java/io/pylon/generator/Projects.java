package io.pylon.generator;

import io.pylon.project.ContractType;
import java.sql.SQLException;
import java.util.List;

/**
 * The projects as Pylon starts them (no financier's id, commitment or status: those are for imported ones), in their
 * phase; one financed by a loan or a concession names its owner's parent ministry, if it has one, as the borrower.
 */
final class Projects {

    private Projects() {
    }

    static void write(Database database, List<ProjectPlan> projects) throws SQLException {
        try (Inserts inserts = database.inserts()) {
            Inserts.Table rows = inserts.into("project", projects.size(), "id", "version", "name", "country",
                    "owner_id", "borrower_id", "phase", "lifecycle_sector", "contract_type", "killed");
            for (ProjectPlan project : projects) {
                boolean borrowed = project.contractType() == ContractType.EPC_F
                        || project.contractType() == ContractType.PPP;
                rows.row(project.id(), 0L, project.name(), project.owner().country().code(), project.owner().id(),
                        borrowed ? project.owner().parentId() : null, project.phase().name(), project.sector().name(),
                        project.contractType().name(), project.fate() == Fate.KILLED);
            }
        }
    }
}
