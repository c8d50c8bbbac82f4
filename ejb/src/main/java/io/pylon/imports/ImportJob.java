package io.pylon.imports;

import io.pylon.security.Caller;
import io.pylon.shared.Conflict;
import io.pylon.shared.DomainRuleViolation;
import jakarta.annotation.Resource;
import jakarta.ejb.Asynchronous;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Processes an import in the background, as the user who started it: reads the whole file
 * first (so that a file that is not well-formed stores nothing), rejects the rows that fail
 * their checks, then records the others in batches of {@value #BATCH_SIZE}, each in its own
 * transaction that also advances the progress. A batch that fails is retried once, since
 * another import may have created one of its agencies meanwhile.
 */
@Stateless
public class ImportJob {

    static final int BATCH_SIZE = 100;

    private static final Logger LOG = Logger.getLogger(ImportJob.class.getName());

    @Resource
    SessionContext context;

    @Inject
    ImportBatches batches;

    /** Starts processing once the import is committed, so that the job's transactions see it. */
    public void launch(@Observes(during = TransactionPhase.AFTER_SUCCESS) ImportQueued queued) {
        context.getBusinessObject(ImportJob.class).run(queued.importId(), queued.caller());
    }

    @Asynchronous
    public void run(long importId, Caller caller) {
        caller.run(() -> process(importId));
    }

    private void process(long importId) {
        try {
            List<ProjectRow> rows;
            try {
                rows = batches.read(importId);
            } catch (UnreadableFile unreadable) {
                batches.fail(importId, unreadable.getMessage(), unreadable.line(), unreadable.column(), unreadable.record());
                return;
            }
            List<ImportRow> checked = new ArrayList<>();
            List<RejectedRow> rejected = new ArrayList<>();
            for (ProjectRow row : rows) {
                try {
                    checked.add(row.check());
                } catch (DomainRuleViolation refused) {
                    rejected.add(new RejectedRow(row.row(), refused.field(), refused.reason(), refused.getMessage()));
                }
            }
            batches.begin(importId, rows.size(), rejected);
            Set<Long> accountsSeen = new HashSet<>();
            for (int from = 0; from < checked.size(); from += BATCH_SIZE) {
                List<ImportRow> batch = checked.subList(from, Math.min(from + BATCH_SIZE, checked.size()));
                accountsSeen.addAll(applyWithOneRetry(importId, batch, accountsSeen));
            }
            batches.finish(importId);
        } catch (RuntimeException unexpected) {
            String reference = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Import " + importId + " failed, reference " + reference, unexpected);
            batches.fail(importId, "an unexpected error stopped the import (reference " + reference + "); the rows "
                    + "reported done are imported, and importing the file again completes it", null, null, null);
        }
    }

    private Set<Long> applyWithOneRetry(long importId, List<ImportRow> batch, Set<Long> accountsSeen) {
        try {
            return batches.apply(importId, List.copyOf(batch), Set.copyOf(accountsSeen));
        } catch (EJBException | Conflict concurrentChange) {
            LOG.log(Level.INFO, "Import " + importId + ": retrying a batch after " + concurrentChange);
            return batches.apply(importId, List.copyOf(batch), Set.copyOf(accountsSeen));
        }
    }
}
