package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.account.AccountDraft;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.account.TeamRole;
import io.pylon.account.Teams;
import io.pylon.project.ContractType;
import io.pylon.project.CriterionKind;
import io.pylon.project.CriterionStatus;
import io.pylon.project.Gate;
import io.pylon.project.GateCode;
import io.pylon.project.GateCriterion;
import io.pylon.project.Gates;
import io.pylon.project.Phase;
import io.pylon.project.Project;
import io.pylon.project.Projects;
import io.pylon.shared.CountryCode;
import io.pylon.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Gate reviews inside the container: the SQL of a project's gates, of a gate's history, of "my gates" and of a page
 * of the project list by phase does not grow with the data.
 */
@InContainerTest
class GatesServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(GatesServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @Inject
    Teams teams;

    @Inject
    Projects projects;

    @Inject
    Gates gates;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void aProjectsGatesTakeTheSameStatementsWhateverTheirCriteria() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        long account = leadersAccount();
        Project fewCriteria = projects.start("Civic centre", account, null, CountryCode.of("GHA"), Sector.BUILDING,
                ContractType.O_AND_M);
        Project manyCriteria = projects.start("Tema rail link", account, null, CountryCode.of("GHA"), Sector.RAIL,
                ContractType.EPC_F);

        long few = statements(() -> gates.of(fewCriteria.id()).gates());
        long many = statements(() -> gates.of(manyCriteria.id()).gates());

        assertThat(many).as("gates with more criteria").isEqualTo(few);
    }

    @Test
    void myGatesTakeTheSameStatementsWhateverTheirNumber() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        long account = leadersAccount();
        startDue(account, "Kumasi bypass");
        long one = statements(() -> gates.mine());
        for (int i = 0; i < 6; i++) {
            startDue(account, "Accra ring road, lot " + i);
        }
        long seven = statements(() -> gates.mine());

        assertThat(seven).as("statements for seven due gates against one").isEqualTo(one);
        assertThat(gates.mine()).extracting(gate -> gate.project().name()).contains("Kumasi bypass", "Accra ring road, lot 5");
    }

    @Test
    void aPageOfProjectsInAPhaseTakesTheSameStatementsWhateverTheirNumber() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        long account = leadersAccount();
        startDue(account, "Tamale water works");
        long one = statements(() -> planning(account));
        for (int i = 0; i < 6; i++) {
            startDue(account, "Takoradi port, berth " + i);
        }
        long seven = statements(() -> planning(account));

        assertThat(seven).as("statements for a page of seven projects against one").isEqualTo(one);
        assertThat(planning(account)).hasSize(7);
    }

    private List<Project> planning(long account) {
        return projects.search(account, Phase.PLANNING, new PageRequest(0, 20)).items();
    }

    @Test
    void aGatesHistoryTakesTheSameStatementsWhateverTheChangesOfItsCriteria() {
        SecurityUtils.getSubject().login(new UsernamePasswordToken("am", Api.DEMO_PASSWORD));
        Project project = projects.start("Takoradi rail spur", leadersAccount(), null, CountryCode.of("GHA"),
                Sector.RAIL, ContractType.EPC_F);
        Gate g1 = gates.of(project.id()).gates().stream().filter(gate -> gate.code() == GateCode.G1).findFirst()
                .orElseThrow();
        long unchanged = statements(() -> gates.history(project.id(), g1.id()).criteria());
        for (GateCriterion criterion : g1.criteria()) {
            gates.assess(project.id(), g1.id(), criterion.id(), criterion.version(), CriterionStatus.MET,
                    criterion.kind() == CriterionKind.SHOULD_MEET ? 4 : null, "Done");
        }
        Statements.Counted<Gates.GateHistory> changed = Statements.countedIn(entityManagerFactory,
                () -> gates.history(project.id(), g1.id()));

        assertThat(changed.result().criteria()).hasSize(2 * g1.criteria().size());
        assertThat(changed.statements()).as("after %d criteria changed", g1.criteria().size()).isEqualTo(unchanged);
    }

    /** A new account on which the signed-in am leads the projects. */
    private long leadersAccount() {
        long id = accounts.create(new AccountDraft("Ghana Highway Authority " + UUID.randomUUID(), null, "GHA",
                AgencyType.AUTHORITY, null, null, null)).id();
        teams.assign(id, "am", TeamRole.PROJECT_LEAD);
        return id;
    }

    private void startDue(long account, String name) {
        Project project = projects.start(name, account, null, CountryCode.of("GHA"), Sector.ROAD, ContractType.EPC);
        Gate g1 = gates.of(project.id()).gates().stream().filter(gate -> gate.code() == GateCode.G1).findFirst().orElseThrow();
        gates.plan(project.id(), g1.id(), g1.version(), gates.today().plusDays(3));
    }

    private long statements(Supplier<List<?>> work) {
        Statements.Counted<List<?>> counted = Statements.countedIn(entityManagerFactory, work);
        assertThat(counted.result()).isNotEmpty();
        return counted.statements();
    }
}
