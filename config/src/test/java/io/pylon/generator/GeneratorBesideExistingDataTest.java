package io.pylon.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generator on a database that holds data already, its own included, and the same seed writing the same data. */
class GeneratorBesideExistingDataTest {

    private static final String[] SIZES = {"--accounts", "20", "--projects", "100", "--interactions", "500"};

    @Test
    void addsBesideWhatIsThereWithIdsAboveEveryOneTakenAndNamesThatDoNotCollide() throws SQLException {
        MigratedDatabase database = MigratedDatabase.h2("beside").addDemoUsers();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // An account written with an id of its own, far above where its sequence stands.
            statement.executeUpdate("insert into account (id, version, name, normalized_name, country, agency_type,"
                    + " sectors, tier, computed_tier) values (10000, 0, 'Kenya Ports Authority', 'kenya ports authority',"
                    + " 'KEN', 'AUTHORITY', 'PORT', 'C', 'C')");
            connection.commit();
        }

        MigratedDatabase.Run first = database.generate(SIZES);
        MigratedDatabase.Run second = database.generate(SIZES);

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(database.count("select count(*) from account")).isEqualTo(41);
        assertThat(database.count("select min(id) from account where id <> 10000")).isGreaterThan(10000);
        assertThat(database.count("select count(*) from project")).isEqualTo(200);
        assertThat(database.count("select count(*) from interaction")).isEqualTo(1000);
        assertThat(database.count("select count(*) from app_user where username like 'gen-%'"))
                .as("the generated colleagues, found again rather than added twice").isEqualTo(3 + 2 + 3 + 1);
        assertThat(database.count("select count(*) from team_member t join app_user u on u.id = t.user_id"
                + " where u.username = 'am'")).isEqualTo(2);
    }

    @Test
    void theSameSeedWritesTheSameDataAndAnotherSeedOtherData() throws SQLException {
        List<List<List<Object>>> one = content(MigratedDatabase.h2("seed-one").addDemoUsers(), "6");
        List<List<List<Object>>> again = content(MigratedDatabase.h2("seed-again").addDemoUsers(), "6");
        List<List<List<Object>>> other = content(MigratedDatabase.h2("seed-other").addDemoUsers(), "7");

        assertThat(again).isEqualTo(one);
        assertThat(other.get(0)).isNotEqualTo(one.get(0));
    }

    /** What was generated, without the moments, which depend on the time of the run. */
    private static List<List<List<Object>>> content(MigratedDatabase database, String seed) throws SQLException {
        MigratedDatabase.Run run = database.generate("--accounts", "20", "--projects", "100", "--interactions", "500",
                "--seed", seed);
        assertThat(run.status()).as(run.err()).isZero();
        return List.of(
                database.rows("select name, country, parent_id, tier, computed_tier from account order by id"),
                database.rows("select name, phase, killed, owner_id from project order by id"),
                database.rows("select gate_id, decision, rationale from gate_decision order by id"),
                database.rows("select project_id, number, amount, currency, issued_on, due_on, paid_on from invoice"
                        + " order by id"),
                database.rows("select account_id, kind, occurred_on, summary from interaction order by id"),
                database.rows("select proposal_id, number, status, terms from proposal_version order by id"));
    }
}
