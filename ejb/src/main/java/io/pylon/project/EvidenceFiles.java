package io.pylon.project;

import io.pylon.security.CurrentUser;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NotFound;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;

/**
 * Evidence files of gate criteria. Whoever sees the project reads them; its gates' reviewers attach them while the
 * gate is under review. The bytes are stored in the database, so every instance of a cluster serves them.
 */
@Stateless
public class EvidenceFiles {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Gates gates;

    private final Clock clock = Clock.systemUTC();

    /** An evidence file and its bytes, to download. */
    public record Download(Evidence evidence, byte[] content) {
    }

    /** Attaches the file to the criterion as evidence, with the type its bytes show; refused if they show none accepted. */
    public Evidence attach(long projectId, long gateId, long criterionId, String fileName, byte[] content) {
        GateCriterion criterion = gates.reviewable(projectId, gateId, criterionId);
        if (content.length == 0) {
            throw new DomainRuleViolation("file", Reason.REQUIRED, "is empty");
        }
        if (content.length > Evidence.MAX_BYTES) {
            throw new DomainRuleViolation("file", Reason.OUT_OF_RANGE, "must be at most " + Evidence.MAX_BYTES + " bytes");
        }
        String type = EvidenceTypes.of(fileName, content);
        Evidence evidence = criterion.attach(fileName, type, content.length, sha256(content), currentUser.username(),
                clock.instant());
        em.persist(evidence); // the sequence gives it its id here, which its content shares
        em.persist(new EvidenceContent(evidence, content));
        return evidence;
    }

    public Download download(long projectId, long gateId, long evidenceId) {
        gates.find(projectId, gateId);
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null || !evidence.criterion().gate().id().equals(gateId)) {
            throw new NotFound("evidence", evidenceId);
        }
        return new Download(evidence, em.find(EvidenceContent.class, evidenceId).content());
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
