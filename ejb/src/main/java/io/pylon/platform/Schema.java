package io.pylon.platform;

import io.pylon.shared.SchemaDialect;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.hibernate.SessionFactory;

/**
 * Brings the database schema up to date with Flyway, then has Hibernate validate the mapping
 * against it. Runs first at deployment; a schema that does not match fails the deployment.
 */
@Singleton
@Startup
public class Schema {

    private static final Logger LOG = Logger.getLogger(Schema.class.getName());

    @Resource(lookup = "jdbc/pylon")
    DataSource dataSource;

    @PersistenceUnit
    EntityManagerFactory entityManagerFactory;

    /** Flyway commits per migration itself, so it must not run inside a container transaction. */
    @PostConstruct
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void migrateAndValidate() {
        MigrateResult result = Flyway.configure(getClass().getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .placeholders(placeholders())
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " on " + result.database
                + " (" + result.migrationsExecuted + " migrations applied now)");
        entityManagerFactory.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
    }

    /** The placeholders of the database's dialect ({@link SchemaDialect}). */
    private Map<String, String> placeholders() {
        try (Connection connection = dataSource.getConnection()) {
            return SchemaDialect.of(connection.getMetaData().getDatabaseProductName()).placeholders();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database", e);
        }
    }
}
