package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.merge.AccountReferences;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.assertj.core.api.Assertions;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;

/** The guard of account merging, inside the server where the database's own catalogue is. */
@InContainerTest
class AccountMergeServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.pylonEarWith(AccountMergeServiceIT.class, Assertions.class);
    }

    @Test
    void theMergeHandlesEveryForeignKeyToAccount() throws Exception {
        DataSource dataSource = (DataSource) new InitialContext().lookup("jdbc/pylon");
        Set<String> foreignKeys = new TreeSet<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData metaData = connection.getMetaData();
            String account = metaData.storesUpperCaseIdentifiers() ? "ACCOUNT" : "account";
            try (ResultSet keys = metaData.getExportedKeys(null, null, account)) {
                while (keys.next()) {
                    foreignKeys.add((keys.getString("FKTABLE_NAME") + "." + keys.getString("FKCOLUMN_NAME")).toLowerCase(Locale.ROOT));
                }
            }
        }
        Set<String> handled = AccountReferences.ALL.stream()
                .map(reference -> reference.table() + "." + reference.column())
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(foreignKeys).contains("contact.account_id", "project.owner_id");
        assertThat(handled)
                .as("AccountReferences.ALL must name every column that references account(id), and only those: "
                        + "add a line there for each new one (and say whether a merge moves or drops its rows)")
                .isEqualTo(foreignKeys);
    }
}
