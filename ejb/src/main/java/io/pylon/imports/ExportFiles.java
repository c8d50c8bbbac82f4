package io.pylon.imports;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVParser;

/**
 * Export files as uploaded: UTF-8 text (a byte-order mark is allowed), whose content, not its
 * name, says whether it is JSON (it starts with an array or object) or CSV (its first line is a
 * header naming at least {@link CsvExport#REQUIRED_COLUMNS}).
 */
final class ExportFiles {

    static final String FIELD = "file";

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** A header line is short; anything longer is not the export's header. */
    private static final int MAX_HEADER_CHARS = 64 * 1024;

    private ExportFiles() {
    }

    /** The format of the file, refusing a file that is empty, not UTF-8, or neither JSON nor CSV. */
    static ImportFormat formatOf(byte[] content) {
        if (content.length == 0) {
            throw new DomainRuleViolation(FIELD, Reason.BLANK, "is empty");
        }
        requireUtf8(content);
        int start = hasBom(content) ? BOM.length : 0;
        while (start < content.length && Character.isWhitespace(content[start])) {
            start++;
        }
        if (start < content.length && (content[start] == '[' || content[start] == '{')) {
            return ImportFormat.JSON;
        }
        if (isCsvHeader(firstLine(content, start))) {
            return ImportFormat.CSV;
        }
        throw new DomainRuleViolation(FIELD, Reason.UNSUPPORTED_FORMAT, "is neither a JSON array of projects nor CSV "
                + "whose header names the columns " + String.join(", ", CsvExport.REQUIRED_COLUMNS));
    }

    /** Every project of a file of that format; an {@link UnreadableFile} if it is not well-formed. */
    static List<ProjectRow> rows(ImportFormat format, InputStream content) {
        try {
            Reader text = new InputStreamReader(withoutBom(content), StandardCharsets.UTF_8);
            return format == ImportFormat.JSON ? JsonExport.rows(text) : CsvExport.rows(text);
        } catch (IOException e) {
            throw new UnreadableFile("the file cannot be read: " + e.getMessage(), null, null, null);
        }
    }

    /** Decodes in slices, so that checking a 100 MB file does not need another 200 MB. */
    private static void requireUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(content);
        CharBuffer out = CharBuffer.allocate(8192);
        while (true) {
            CoderResult result = in.hasRemaining() ? decoder.decode(in, out, true) : decoder.flush(out);
            if (result.isError()) {
                throw new DomainRuleViolation(FIELD, Reason.WRONG_ENCODING, "is not UTF-8 text: the byte at offset "
                        + in.position() + " is not valid UTF-8");
            }
            if (result.isUnderflow() && !in.hasRemaining()) {
                return;
            }
            out.clear();
        }
    }

    private static boolean hasBom(byte[] content) {
        return content.length >= BOM.length && content[0] == BOM[0] && content[1] == BOM[1] && content[2] == BOM[2];
    }

    private static InputStream withoutBom(InputStream content) throws IOException {
        InputStream buffered = content.markSupported() ? content : new BufferedInputStream(content);
        buffered.mark(BOM.length);
        byte[] start = buffered.readNBytes(BOM.length);
        if (!hasBom(start)) {
            buffered.reset();
        }
        return buffered;
    }

    private static String firstLine(byte[] content, int start) {
        int end = start;
        while (end < content.length && content[end] != '\n' && end - start < MAX_HEADER_CHARS) {
            end++;
        }
        return new String(content, start, end - start, StandardCharsets.UTF_8);
    }

    private static boolean isCsvHeader(String line) {
        try (CSVParser header = CSVParser.parse(new StringReader(line), CsvExport.FORMAT)) {
            Set<String> columns = header.getHeaderNames().stream().map(String::strip).collect(Collectors.toSet());
            return columns.containsAll(CsvExport.REQUIRED_COLUMNS);
        } catch (IOException | RuntimeException notCsv) {
            return false;
        }
    }
}
