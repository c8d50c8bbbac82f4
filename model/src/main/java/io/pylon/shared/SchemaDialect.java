package io.pylon.shared;

import io.pylon.imports.ImportFile;
import java.util.Locale;
import java.util.Map;

/**
 * What the migrations write differently for each database, as Flyway placeholders: PostgreSQL has no TINYINT (Envers
 * maps its revision type to SMALLINT there), Hibernate maps a {@code @Lob byte[]} to BYTEA on PostgreSQL but to BLOB
 * on H2, and H2 has no partial indexes, so there the indexes meant for a part of a table cover all of it.
 */
public enum SchemaDialect {
    H2(Map.of("tinyint", "tinyint", "blob", "varbinary(" + ImportFile.MAX_BYTES + ")",
            "unpaidInvoicesOnly", "", "gatesNotPassedOnly", "")),
    POSTGRESQL(Map.of("tinyint", "smallint", "blob", "bytea",
            "unpaidInvoicesOnly", "where paid_on is null", "gatesNotPassedOnly", "where state <> 'PASSED'"));

    private final Map<String, String> placeholders;

    SchemaDialect(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /** The dialect of a database product name or JDBC URL: PostgreSQL's where it names it, H2's otherwise. */
    public static SchemaDialect of(String productNameOrUrl) {
        return productNameOrUrl.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : H2;
    }

    public Map<String, String> placeholders() {
        return placeholders;
    }
}
