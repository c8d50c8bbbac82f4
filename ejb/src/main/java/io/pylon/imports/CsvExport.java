package io.pylon.imports;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the World Bank projects export as CSV (RFC 4180): a header naming the same fields as
 * the JSON export, and the sectors flattened into {@code sector1_name}, {@code sector1_percent}
 * to {@code sector4_name}, {@code sector4_percent}. Columns may come in any order; others are
 * skipped.
 */
final class CsvExport {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setDuplicateHeaderMode(DuplicateHeaderMode.DISALLOW)
            .setIgnoreEmptyLines(true)
            .get();

    /** The columns without which a file is not this export. */
    static final List<String> REQUIRED_COLUMNS =
            List.of(ProjectRow.ID, ProjectRow.PROJECT_NAME, ProjectRow.COUNTRY_CODE, ProjectRow.IMPLEMENTING_AGENCY);

    private CsvExport() {
    }

    /**
     * Every project of the file; the whole file must be well-formed, or none is returned. Records
     * are numbered as in the file, the header being record 1.
     */
    static List<ProjectRow> rows(Reader text) {
        CSVParser parser;
        try {
            parser = CSVParser.parse(text, FORMAT);
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new UnreadableFile("the CSV header (record 1) cannot be read: " + e.getMessage(), 1L, null, 1L);
        }
        try (parser) {
            List<String> missing = REQUIRED_COLUMNS.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new UnreadableFile("the CSV header (record 1) lacks the columns " + String.join(", ", missing), 1L, null, 1L);
            }
            int columns = parser.getHeaderNames().size();
            List<ProjectRow> rows = new ArrayList<>();
            Iterator<CSVRecord> records = parser.iterator();
            while (hasNext(records, parser, rows.size())) {
                CSVRecord record = records.next();
                long recordNumber = rows.size() + 2L;
                if (record.size() != columns) {
                    throw new UnreadableFile("record " + recordNumber + " (line " + parser.getCurrentLineNumber() + ") has "
                            + record.size() + " fields where the header has " + columns, parser.getCurrentLineNumber(), null,
                            recordNumber);
                }
                rows.add(row(rows.size() + 1, record));
            }
            return rows;
        } catch (IOException e) {
            throw new UnreadableFile("the file cannot be read: " + e.getMessage(), null, null, null);
        }
    }

    /** Commons CSV reports a malformed record only when asked for the next one. */
    private static boolean hasNext(Iterator<CSVRecord> records, CSVParser parser, int rowsRead) {
        try {
            return records.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            long recordNumber = rowsRead + 2L;
            String cause = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            throw new UnreadableFile("record " + recordNumber + " (line " + parser.getCurrentLineNumber()
                    + ") is not well-formed CSV: " + cause, parser.getCurrentLineNumber(), null, recordNumber);
        }
    }

    private static ProjectRow row(long number, CSVRecord record) {
        List<ProjectRow.Share> sectors = new ArrayList<>();
        for (int index = 1; index <= ProjectRow.SECTORS; index++) {
            String name = value(record, "sector" + index + "_name");
            String percent = value(record, "sector" + index + "_percent");
            if (name != null || percent != null) {
                sectors.add(new ProjectRow.Share(index, name, percent));
            }
        }
        return new ProjectRow(number, value(record, ProjectRow.ID), value(record, ProjectRow.PROJECT_NAME),
                value(record, ProjectRow.COUNTRY_CODE), value(record, ProjectRow.IMPLEMENTING_AGENCY),
                value(record, ProjectRow.BORROWER), sectors, value(record, ProjectRow.TOTAL_COMMITMENT),
                value(record, ProjectRow.APPROVAL_DATE), value(record, ProjectRow.CLOSING_DATE),
                value(record, ProjectRow.STATUS), null);
    }

    /** The field of that column, null when the column is absent or the field empty. */
    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column)) {
            return null;
        }
        String value = record.get(column);
        return value == null || value.isBlank() ? null : value;
    }
}
