package io.pylon.imports;

import java.util.List;

/** What one batch of an import did: rows through, accounts and projects, rows rejected. */
public record BatchReport(int rows, int accountsCreated, int accountsMatched, int projectsCreated, int projectsUpdated,
                          List<RejectedRow> rejected) {

    public BatchReport {
        rejected = List.copyOf(rejected);
    }
}
