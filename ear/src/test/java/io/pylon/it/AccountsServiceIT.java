package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.AccountDraft;
import io.pylon.account.AccountQuery;
import io.pylon.account.AccountView;
import io.pylon.account.Accounts;
import io.pylon.account.AgencyType;
import io.pylon.account.Sector;
import io.pylon.shared.Forbidden;
import io.pylon.shared.NotFound;
import io.pylon.shared.Page;
import io.pylon.shared.PageRequest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The accounts service inside the container, called as the UI's REST layer calls it. */
@InContainerTest
class AccountsServiceIT {

    private static final String DEMO_PASSWORD = "pylon-demo";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(AccountsServiceIT.class, Assertions.class);
    }

    @Inject
    Accounts accounts;

    @PersistenceUnit(unitName = "pylon")
    EntityManagerFactory entityManagerFactory;

    @AfterEach
    void signOut() {
        SecurityUtils.getSubject().logout();
    }

    @Test
    void listingAPageRunsTheSameStatementsWhateverItsSize() {
        signIn("admin");
        long parent = accounts.create(new AccountDraft("Statement Guard Ministry " + UUID.randomUUID(), null, "GHA",
                AgencyType.MINISTRY, null, null, null)).id();
        for (int i = 0; i < 40; i++) {
            accounts.create(new AccountDraft("Statement Guard Agency " + i + " " + UUID.randomUUID(), null, "GHA",
                    AgencyType.AGENCY, EnumSet.of(Sector.ROAD, Sector.WATER), parent, null));
        }

        for (String user : new String[] {"admin", "am"}) {
            signIn(user);
            long small = statementsToList(2);
            long large = statementsToList(50);
            assertThat(large).as("statements to list 50 accounts as " + user).isEqualTo(small);
            assertThat(small).as("statements to list accounts as " + user).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void refusesCreationToRolesThatDoNotCreateAccounts() {
        signIn("bid");
        assertThatThrownBy(() -> accounts.create(new AccountDraft("Refused Agency " + UUID.randomUUID(), null, "KEN",
                AgencyType.AGENCY, null, null, null))).isInstanceOf(Forbidden.class);
    }

    @Test
    void hidesAccountsOutsideTheCallersTeams() {
        signIn("am");
        long hidden = accounts.search(new AccountQuery("Ethiopian Roads Administration", null, "name", new PageRequest(0, 5)))
                .total();
        assertThat(hidden).isZero();

        signIn("exec");
        Page<io.pylon.account.Account> seen = accounts.search(
                new AccountQuery("Ethiopian Roads Administration", null, "name", new PageRequest(0, 5)));
        assertThat(seen.total()).isEqualTo(1);
        long id = seen.items().get(0).id();

        signIn("am");
        assertThatThrownBy(() -> accounts.find(id)).isInstanceOf(NotFound.class);
    }

    /** Statements to list a page and render it as the API does, parents included. */
    private long statementsToList(int pageSize) {
        Statements.Counted<List<AccountView>> listed = Statements.countedIn(entityManagerFactory, () -> accounts.search(
                new AccountQuery(null, null, "name", new PageRequest(0, pageSize))).items().stream().map(AccountView::of).toList());
        assertThat(listed.result()).hasSizeGreaterThanOrEqualTo(2);
        return listed.statements();
    }

    private static void signIn(String username) {
        SecurityUtils.getSubject().logout();
        SecurityUtils.getSubject().login(new UsernamePasswordToken(username, DEMO_PASSWORD));
    }
}
