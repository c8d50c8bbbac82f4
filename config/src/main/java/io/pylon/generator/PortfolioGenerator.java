package io.pylon.generator;

import io.pylon.portfolio.TierCutPoints;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Fills one database: checks that Pylon migrated it to the schema this generator writes, plans the portfolio (the
 * agencies, projects and opportunities everything else hangs on) and writes it table by table, parents first.
 */
final class PortfolioGenerator {

    private final Options options;
    private final Clock clock;
    private final PrintStream out;

    PortfolioGenerator(Options options, Clock clock, PrintStream out) {
        this.options = options;
        this.clock = clock;
        this.out = out;
    }

    void run(Connection connection) throws SQLException {
        Dialect dialect = Dialect.of(connection);
        SchemaVersion schema = SchemaVersion.ofModel();
        SchemaVersion.requireCurrent(connection, schema);
        Sizes sizes = options.sizes();
        Today today = Today.at(clock.instant());
        Dice dice = new Dice(options.seed());
        Progress progress = new Progress(out, System::nanoTime);
        Database database = new Database(connection, dialect, progress);
        out.printf("Generating %,d accounts, %,d projects and %,d interactions into %s (%s, schema %s), seed %d,"
                        + " as of %s%n", sizes.accounts(), sizes.projects(), sizes.interactions(), options.url(),
                dialect, schema, options.seed(), today.date());

        TierCutPoints cutPoints = ReportingCurrency.requireDollars(database);
        Staff staff = Staff.hire(connection, dialect, sizes, progress);
        Currencies currencies = new Currencies(dice, today);
        List<Agency> agencies = new AgencyPlanner(dice).plan(sizes.accounts(), staff, database.ids("account"));
        List<ProjectPlan> projects = new ProjectPlanner(dice, today, currencies, agencies)
                .plan(sizes.projects(), agencies, database.ids("project"));
        List<OpportunityPlan> opportunities = new OpportunityPlanner(dice, today, currencies, agencies)
                .plan(sizes, agencies, projects, database.ids("opportunity"));
        TierPlacement tiers = TierPlacement.of(agencies, opportunities, currencies, cutPoints, dice);

        CountryProfiles.write(database, agencies.stream().map(Agency::country)
                .collect(Collectors.toCollection(() -> new TreeSet<>(Comparator.comparing(Country::code)))), today);
        ExchangeRates.write(database, currencies, currenciesOf(projects, opportunities), earliest(projects, today), today);
        Accounts.write(database, agencies, tiers);
        Teams.write(database, agencies);
        Contacts contacts = new Contacts(dice);
        Contacts.Directory directory = contacts.write(database, agencies);
        Opportunities.write(database, opportunities);
        Projects.write(database, projects);
        new Gates(dice, today).write(database, projects);
        new ReportingPeriods(dice, today).write(database, projects);
        new Invoices(dice, today).write(database, projects);
        new Proposals(dice, today).write(database, opportunities);
        new Interactions(dice, today, directory, agencies).write(database, sizes.interactions());
        new Surveys(dice, today, contacts).write(database, agencies);
        new TierHistory(dice, today, tiers).write(database, agencies);
        if (dialect.afterLoad() != null) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(dialect.afterLoad());
            }
            connection.commit();
        }
        progress.summary(options.seed());
    }

    private static Set<Currency> currenciesOf(List<ProjectPlan> projects, List<OpportunityPlan> opportunities) {
        return Stream.concat(projects.stream().map(ProjectPlan::currency),
                opportunities.stream().map(OpportunityPlan::currency)).collect(Collectors.toSet());
    }

    /** The earliest day an amount is dated: the start of the oldest project, or three years ago. */
    private static LocalDate earliest(List<ProjectPlan> projects, Today today) {
        LocalDate threeYearsAgo = today.date().minusYears(3);
        return projects.stream().map(project -> project.timeline().started()).filter(threeYearsAgo::isAfter)
                .min(Comparator.naturalOrder()).orElse(threeYearsAgo);
    }
}
