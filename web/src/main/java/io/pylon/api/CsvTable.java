package io.pylon.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A table as a CSV download (RFC 4180, UTF-8): a header row, then one row per line. It starts with a byte order
 * mark, without which spreadsheet programs read UTF-8 (agency names in Chinese) as their local code page.
 */
public final class CsvTable {

    public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private CsvTable() {
    }

    public static Response download(String fileName, List<String> header, List<? extends List<?>> rows) {
        StringWriter csv = new StringWriter().append(BYTE_ORDER_MARK);
        try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.RFC4180.builder()
                .setHeader(header.toArray(String[]::new)).build())) {
            for (List<?> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException impossibleInMemory) {
            throw new UncheckedIOException(impossibleInMemory);
        }
        return Response.ok(csv.toString(), MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment(fileName))
                .build();
    }
}
