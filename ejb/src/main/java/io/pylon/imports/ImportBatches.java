package io.pylon.imports;

import io.pylon.account.Account;
import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.project.ProjectFacts;
import io.pylon.project.Projects;
import io.pylon.project.Recorded;
import io.pylon.shared.CountryCode;
import io.pylon.shared.NormalizedName;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The transactions of an import, each its own (REQUIRES_NEW), so that what one commits stays
 * whatever the next one does: read the file, begin, one batch of rows, finish or fail.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class ImportBatches {

    @PersistenceContext
    EntityManager em;

    @Inject
    Accounts accounts;

    @Inject
    Projects projects;

    /** Every project of the import's file; an {@link UnreadableFile} if the file is not well-formed. */
    public List<ProjectRow> read(long importId) {
        Import queued = em.find(Import.class, importId);
        return ExportFiles.rows(queued.format(), em.find(ImportFile.class, importId).open());
    }

    /** The file is read: {@code rows} rows to go, of which those {@code rejected} already failed their checks. */
    public void begin(long importId, long rows, List<RejectedRow> rejected) {
        Import running = em.find(Import.class, importId);
        running.begin(rows);
        running.reject(rejected);
    }

    /**
     * Records one batch of checked rows: the implementing agency and the borrower of each row
     * become accounts or match existing ones (by normalised name in the row's country), and the
     * project is created or, when its external id is known, updated. Accounts created here are
     * led by the user running the import. Returns the ids of the accounts the batch used, so that
     * the next batches count an account matched once only ({@code accountsSeen}: those used so far).
     */
    public Set<Long> apply(long importId, List<ImportRow> rows, Set<Long> accountsSeen) {
        Import running = em.find(Import.class, importId);
        Set<Long> used = new HashSet<>();
        Map<String, Account> known = new HashMap<>();
        Set<Long> created = new HashSet<>();
        int matched = 0;
        int projectsCreated = 0;
        int projectsUpdated = 0;
        List<RejectedRow> rejected = new ArrayList<>();
        for (ImportRow row : rows) {
            Account owner = account(row.country(), row.agency(), known, created);
            Account borrower = row.borrower() == null ? null : account(row.country(), row.borrower(), known, created);
            for (Account account : borrower == null ? List.of(owner) : List.of(owner, borrower)) {
                if (used.add(account.id()) && !accountsSeen.contains(account.id()) && !created.contains(account.id())) {
                    matched++;
                }
            }
            Recorded recorded = projects.record(new ProjectFacts(row.externalId(), row.name(), row.country(), owner, borrower,
                    row.sectors(), row.commitment(), row.approvedOn(), row.closesOn(), row.status()));
            switch (recorded) {
                case CREATED -> projectsCreated++;
                case UPDATED -> projectsUpdated++;
                case NOT_PERMITTED -> rejected.add(new RejectedRow(row.row(), ProjectRow.ID, Reason.NOT_ALLOWED,
                        "project " + row.externalId() + " exists and belongs to an account you may not change"));
            }
        }
        running.recordBatch(new BatchReport(rows.size(), created.size(), matched, projectsCreated, projectsUpdated, rejected));
        return used;
    }

    public void finish(long importId) {
        em.find(Import.class, importId).finish(Instant.now());
        dropFile(importId);
    }

    public void fail(long importId, String reason, Long line, Long column, Long record) {
        em.find(Import.class, importId).fail(reason, line, column, record, Instant.now());
        dropFile(importId);
    }

    /** The report is what stays of an import; its file, up to 100 MB, need not. */
    private void dropFile(long importId) {
        em.createQuery("delete from ImportFile f where f.importId = :id").setParameter("id", importId).executeUpdate();
    }

    /** The account of that agency: known from this batch, stored already, or created now (its id added to {@code created}). */
    private Account account(CountryCode country, String name, Map<String, Account> known, Set<Long> created) {
        String key = country + " " + NormalizedName.of(name);
        Account account = known.get(key);
        if (account == null) {
            account = accounts.byName(country, name).orElse(null);
        }
        if (account == null) {
            account = accounts.create(new AccountDraft(name, null, country.value(), ProjectRow.agencyTypeOf(name), Set.of(),
                    null, null));
            created.add(account.id());
        }
        known.put(key, account);
        return account;
    }
}
