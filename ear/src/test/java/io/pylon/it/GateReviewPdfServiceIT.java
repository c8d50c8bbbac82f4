package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.account.TeamRole;
import io.pylon.account.Teams;
import io.pylon.project.ContractType;
import io.pylon.project.Decision;
import io.pylon.project.EvidenceFiles;
import io.pylon.project.Gate;
import io.pylon.project.GateCode;
import io.pylon.project.GateCriterion;
import io.pylon.project.Gates;
import io.pylon.project.Project;
import io.pylon.project.Projects;
import io.pylon.shared.CountryCode;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The gate review sheet inside the container: its SQL does not grow with the criteria, files and decisions. */
@InContainerTest
class GateReviewPdfServiceIT {

    /** The smallest file whose bytes say PDF. */
    private static final byte[] PDF = "%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(GateReviewPdfServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Teams teams;

    @Inject
    Projects projects;

    @Inject
    Gates gates;

    @Inject
    EvidenceFiles evidenceFiles;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aSheetTakesTheSameStatementsWhateverTheFilesAndDecisionsOnIt() {
        signIn("am");
        long account = accounts.create(new AccountDraft("Uganda Railways " + UUID.randomUUID(), null, "UGA",
                AgencyType.STATE_OWNED_ENTERPRISE, null, null, null)).id();
        teams.assign(account, "am", TeamRole.PROJECT_LEAD);
        Project few = projects.start("Kampala light rail", account, null, CountryCode.of("UGA"), Sector.RAIL,
                ContractType.O_AND_M);
        Project many = projects.start("Malaba-Kampala line", account, null, CountryCode.of("UGA"), Sector.RAIL,
                ContractType.EPC_F);
        signIn("exec");
        Gate fewG1 = g1(few);
        evidenceFiles.attach(few.id(), fewG1.id(), fewG1.criteria().get(0).id(), "estimate.pdf", PDF);
        gates.decide(few.id(), fewG1.id(), Decision.HOLD, "Wait", List.of());
        Gate manyG1 = g1(many);
        for (GateCriterion criterion : manyG1.criteria()) {
            evidenceFiles.attach(many.id(), manyG1.id(), criterion.id(), "minutes.pdf", PDF);
            evidenceFiles.attach(many.id(), manyG1.id(), criterion.id(), "memo.pdf", PDF);
        }
        for (String why : List.of("Wait", "Wait more", "Still waiting")) {
            gates.decide(many.id(), manyG1.id(), Decision.HOLD, why, List.of());
        }

        long fewStatements = statements(few, fewG1);
        long manyStatements = statements(many, manyG1);

        assertThat(manyStatements).as("more criteria, ten files, three decisions").isEqualTo(fewStatements);
    }

    private void signIn(String username) {
        SecurityUtils.getSubject().logout();
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, Api.DEMO_PASSWORD));
    }

    private Gate g1(Project project) {
        return gates.of(project.id()).gates().stream().filter(gate -> gate.code() == GateCode.G1).findFirst().orElseThrow();
    }

    private long statements(Project project, Gate gate) {
        Statements.Counted<byte[]> counted = Statements.countedIn(entityManagerFactory,
                () -> gates.reviewPdf(project.id(), gate.id()));
        assertThat(counted.result()).startsWith(PDF[0], PDF[1], PDF[2], PDF[3], PDF[4]);
        return counted.statements();
    }
}
