package io.pylon.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import io.pylon.financing.ContractEvaluation;
import io.pylon.financing.RuleCheck;
import io.pylon.generator.MigratedDatabase;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The terms of the generated proposal versions, read back by the REST API's own form as it reads a stored version:
 * every one parses, passes the form's checks, works out, and keeps inside the OECD Arrangement; and the version's
 * columns say what its terms say.
 */
class GeneratedTermsTest {

    @Test
    void everyGeneratedVersionReadsBackAsTheApplicationReadsItsTerms() throws SQLException {
        MigratedDatabase database = MigratedDatabase.h2("terms").addDemoUsers();
        MigratedDatabase.Run run = database.generate("--accounts", "20", "--projects", "200", "--interactions", "10");
        assertThat(run.status()).as(run.err()).isZero();

        List<List<Object>> versions = database.rows("select terms, currency, contract_price, cost_estimate"
                + " from proposal_version");
        assertThat(versions).hasSizeGreaterThan(20);
        assertThat(versions).extracting(version -> version.get(1)).contains("USD", "EUR");
        for (List<Object> version : versions) {
            ProposalTerms terms = ProposalTermsForm.read((String) version.get(0)).terms();
            assertThat(terms.contract().plan().currency().getCurrencyCode()).isEqualTo(version.get(1));
            assertThat(terms.contract().terms().contractPrice()).isEqualByComparingTo((BigDecimal) version.get(2));
            assertThat(terms.contract().terms().costIn(terms.contract().plan().currency()))
                    .isEqualByComparingTo((BigDecimal) version.get(3));
            ContractEvaluation evaluation = terms.contract().evaluate();
            assertThat(evaluation.financing().checks()).as((String) version.get(0)).allMatch(RuleCheck::passed);
        }
    }
}
