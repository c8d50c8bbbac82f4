package io.pylon.project;

import io.pylon.account.Sector;
import io.pylon.security.CurrentUser;
import io.pylon.security.Permissions;
import io.pylon.shared.Conflict;
import io.pylon.shared.Reason;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The gate templates of every sector and contract type: the default of DESIGN.md section 2 ({@link GateTemplates})
 * unless an administrator edited it. Every signed-in user reads them; only administrators edit them or reset one to
 * its default. A project copies its template's gates when it is started, so an edit changes only projects started
 * after it.
 */
@Stateless
public class ProjectTemplates {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    private final Clock clock = Clock.systemUTC();

    /**
     * The template of a combination as it is in force: its gates, and when an administrator edited it, the version
     * (to send back with a change), who and when; a default has none of these.
     */
    public record InForce(ProjectTemplate template, Long version, String changedBy, Instant changedAt) {

        public boolean customised() {
            return version != null;
        }

        static InForce of(EditedTemplate edited) {
            return new InForce(edited.template(), edited.version(), edited.changedBy(), edited.changedAt());
        }
    }

    /** A combination, and whether an administrator edited its template: who, when and its version if so. */
    public record Combination(Sector sector, ContractType contractType, Long version, String changedBy,
                              Instant changedAt) {
    }

    /** Every sector and contract type, by sector then contract type, in one statement (the gates not loaded). */
    public List<Combination> combinations() {
        Map<String, EditedTemplate> edited = em.createQuery("select t from EditedTemplate t", EditedTemplate.class)
                .getResultStream()
                .collect(Collectors.toMap(t -> t.sector() + "/" + t.contractType(), Function.identity()));
        List<Combination> all = new ArrayList<>();
        for (Sector sector : Sector.values()) {
            for (ContractType type : ContractType.values()) {
                EditedTemplate found = edited.get(sector + "/" + type);
                all.add(found == null ? new Combination(sector, type, null, null, null)
                        : new Combination(sector, type, found.version(), found.changedBy(), found.changedAt()));
            }
        }
        return all;
    }

    public InForce find(Sector sector, ContractType contractType) {
        return edited(sector, contractType).map(InForce::of)
                .orElseGet(() -> new InForce(ProjectTemplate.defaults(sector, contractType), null, null, null));
    }

    /** The template a project started now gets. */
    public ProjectTemplate inForce(Sector sector, ContractType contractType) {
        return find(sector, contractType).template();
    }

    /**
     * Puts {@code template} in force for its combination, provided nobody changed it since the caller read it:
     * {@code expectedVersion} is the version read, null when the caller read the default. 409 otherwise.
     */
    public InForce change(ProjectTemplate template, Long expectedVersion) {
        requireAdministrator();
        Optional<EditedTemplate> stored = edited(template.sector(), template.contractType());
        Long storedVersion = stored.map(EditedTemplate::version).orElse(null);
        if (!Objects.equals(expectedVersion, storedVersion)) {
            throw stale(template);
        }
        EditedTemplate edited;
        if (stored.isPresent()) {
            edited = stored.get();
            edited.replace(template, currentUser.username(), clock.instant());
        } else {
            edited = new EditedTemplate(template, currentUser.username(), clock.instant());
            em.persist(edited);
        }
        try {
            em.flush();
        } catch (PersistenceException meanwhile) {
            // Another administrator saved the same combination between our read and our write.
            throw stale(template);
        }
        return InForce.of(edited);
    }

    /** Puts the default back in force for the combination; projects already started keep their gates. */
    public InForce reset(Sector sector, ContractType contractType) {
        requireAdministrator();
        edited(sector, contractType).ifPresent(em::remove);
        return new InForce(ProjectTemplate.defaults(sector, contractType), null, null, null);
    }

    private Optional<EditedTemplate> edited(Sector sector, ContractType contractType) {
        return em.createQuery("""
                        select t from EditedTemplate t where t.sector = :sector and t.contractType = :contractType""",
                        EditedTemplate.class)
                .setParameter("sector", sector)
                .setParameter("contractType", contractType)
                .getResultStream()
                .findFirst();
    }

    private void requireAdministrator() {
        currentUser.require(Permissions.CHANGE_SETTINGS, "only administrators edit the gate templates");
    }

    private static Conflict stale(ProjectTemplate template) {
        return new Conflict("version", Reason.STALE_VERSION, "the gate template of " + template.sector() + "/"
                + template.contractType() + " was changed by someone else since you read it: read it again");
    }
}
