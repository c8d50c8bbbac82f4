package io.pylon.generator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What the generator refuses, in one line and with status 2, before it writes anything. */
class GeneratorRefusalsTest {

    private static final String EXPECTED_SCHEMA = SchemaVersion.ofModel().toString();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "--accounts 0 --projects 10 --interactions 10 | --accounts must be a whole number from 1 to 1,000,000, not 0",
        "--accounts -5 --projects 10 --interactions 10 | --accounts must be a whole number from 1 to 1,000,000, not -5",
        "--accounts 1000001 --projects 10 --interactions 10"
                + " | --accounts must be a whole number from 1 to 1,000,000, not 1,000,001",
        "--accounts 10 --projects lots --interactions 10"
                + " | --projects must be a whole number from 1 to 10,000,000, not 'lots'",
        "--accounts 10 --projects 2.5 --interactions 10"
                + " | --projects must be a whole number from 1 to 10,000,000, not '2.5'",
        "--accounts 10 --projects 10 --interactions 100000001"
                + " | --interactions must be a whole number from 1 to 100,000,000, not 100,000,001",
        "--accounts 10 --projects 10 --interactions 99999999999999999999"
                + " | --interactions must be a whole number from 1 to 100,000,000, not '99999999999999999999'",
        "--accounts 10 --projects 10001 --interactions 10 | --projects 10,001 is more than 1,000 per account for 10 accounts",
        "--accounts 10 --projects 10 | --interactions must be a whole number from 1 to 100,000,000; it is required",
        "--accounts 10 --projects 10 --interactions 10 --seed x | --seed must be a whole number, not 'x'",
        "--acounts 10 --projects 10 --interactions 10 | unknown option --acounts (--help lists them)",
        "--accounts 10 --projects 10 --interactions | --interactions needs a value"})
    void refusesSizesThatAreMissingNotNumbersOrAbsurdWithoutWritingAnything(String sizes, String message)
            throws SQLException {
        MigratedDatabase database = MigratedDatabase.h2("refused-sizes").addDemoUsers();
        Snapshot before = Snapshot.of(database);

        MigratedDatabase.Run run = database.generate(sizes.split(" "));

        assertThat(run.status()).isEqualTo(Generate.REFUSED);
        assertThat(run.err()).isEqualTo("generator: " + message + System.lineSeparator());
        assertThat(run.out()).isEmpty();
        assertThat(Snapshot.of(database)).isEqualTo(before);
    }

    @Test
    void refusesADatabaseWithoutPylonsSchema() throws SQLException {
        MigratedDatabase empty = MigratedDatabase.emptyH2("refused-empty");

        MigratedDatabase.Run run = empty.generate("--accounts", "10", "--projects", "10", "--interactions", "10");

        assertThat(run.status()).isEqualTo(Generate.REFUSED);
        assertThat(run.err()).isEqualTo("generator: the database has no schema yet (no flyway_schema_history):"
                + " start Pylon once against this database so it creates its schema" + System.lineSeparator());
        assertThat(empty.count("select count(*) from information_schema.tables where table_schema = 'PUBLIC'"))
                .as("tables created").isZero();
    }

    @Test
    void refusesADatabaseMigratedByAnOlderPylonWithoutWritingAnything() throws SQLException {
        MigratedDatabase older = MigratedDatabase.h2UpTo("refused-older", "19").addDemoUsers();
        Snapshot before = Snapshot.of(older);

        MigratedDatabase.Run run = older.generate("--accounts", "10", "--projects", "10", "--interactions", "10");

        assertThat(run.status()).isEqualTo(Generate.REFUSED);
        assertThat(run.err()).isEqualTo("generator: the database's schema is at version 19, this generator writes"
                + " version " + EXPECTED_SCHEMA + ": start Pylon once against this database so it creates its schema"
                + " (Flyway migrates it at start-up)" + System.lineSeparator());
        assertThat(Snapshot.of(older)).isEqualTo(before);
    }

    @Test
    void explainsItselfWhenAsked() {
        MigratedDatabase.Run run = MigratedDatabase.emptyH2("help").generate("--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).startsWith("usage: Generate --url JDBC_URL").contains("--interactions");
    }

    /** How many rows each table holds and where each sequence stands: what a write would change. */
    private record Snapshot(List<Long> rows, List<Object> sequences) {

        static Snapshot of(MigratedDatabase database) throws SQLException {
            List<Long> rows = new ArrayList<>();
            for (List<Object> table : database.rows("select table_name from information_schema.tables"
                    + " where table_schema = 'PUBLIC' and table_name <> 'flyway_schema_history' order by table_name")) {
                rows.add(database.count("select count(*) from " + table.get(0)));
            }
            List<Object> sequences = database.rows("select sequence_name, base_value from information_schema.sequences"
                    + " order by sequence_name").stream().map(row -> (Object) row).toList();
            return new Snapshot(rows, sequences);
        }
    }
}
