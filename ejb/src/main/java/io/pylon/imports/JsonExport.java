package io.pylon.imports;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the World Bank projects export as JSON: an array of project objects, read one project
 * at a time with the JSON-P streaming parser. Fields other than those Pylon imports are skipped.
 */
final class JsonExport {

    private JsonExport() {
    }

    /** Every project of the file; the whole file must be well-formed, or none is returned. */
    static List<ProjectRow> rows(Reader text) {
        try (JsonParser parser = Json.createParser(text)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_ARRAY) {
                throw unreadable(parser, "the file must be a JSON array of projects");
            }
            List<ProjectRow> rows = new ArrayList<>();
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_ARRAY; event = parser.next()) {
                if (event != JsonParser.Event.START_OBJECT) {
                    throw unreadable(parser, "project " + (rows.size() + 1) + " is not a JSON object");
                }
                rows.add(row(rows.size() + 1, parser.getObject()));
            }
            if (parser.hasNext()) {
                parser.next();
                throw unreadable(parser, "there is more after the array of projects");
            }
            return rows;
        } catch (JsonParsingException e) {
            throw unreadable(e.getLocation(), e.getMessage());
        } catch (JsonException e) {
            throw new UnreadableFile("the file cannot be read as JSON: " + e.getMessage(), null, null, null);
        }
    }

    private static UnreadableFile unreadable(JsonParser parser, String problem) {
        return unreadable(parser.getLocation(), problem);
    }

    private static UnreadableFile unreadable(JsonLocation at, String problem) {
        return new UnreadableFile("not a well-formed export at line " + at.getLineNumber() + ", column "
                + at.getColumnNumber() + ": " + problem, at.getLineNumber(), at.getColumnNumber(), null);
    }

    private static ProjectRow row(long number, JsonObject project) {
        Values values = new Values();
        List<ProjectRow.Share> sectors = new ArrayList<>();
        for (int index = 1; index <= ProjectRow.SECTORS; index++) {
            String field = "sector" + index;
            JsonValue sector = project.get(field);
            if (sector instanceof JsonObject share) {
                sectors.add(new ProjectRow.Share(index, values.text(field, share.get("Name")),
                        values.text(field, share.get("Percent"))));
            } else if (sector != null && sector != JsonValue.NULL) {
                values.wrongType(field);
            }
        }
        return new ProjectRow(number,
                values.text(ProjectRow.ID, project.get(ProjectRow.ID)),
                values.text(ProjectRow.PROJECT_NAME, project.get(ProjectRow.PROJECT_NAME)),
                values.text(ProjectRow.COUNTRY_CODE, project.get(ProjectRow.COUNTRY_CODE)),
                values.text(ProjectRow.IMPLEMENTING_AGENCY, project.get(ProjectRow.IMPLEMENTING_AGENCY)),
                values.text(ProjectRow.BORROWER, project.get(ProjectRow.BORROWER)),
                sectors,
                values.text(ProjectRow.TOTAL_COMMITMENT, project.get(ProjectRow.TOTAL_COMMITMENT)),
                values.text(ProjectRow.APPROVAL_DATE, project.get(ProjectRow.APPROVAL_DATE)),
                values.text(ProjectRow.CLOSING_DATE, project.get(ProjectRow.CLOSING_DATE)),
                values.text(ProjectRow.STATUS, project.get(ProjectRow.STATUS)),
                values.wrongType);
    }

    /** Scalars as text; the first field whose value is an object, array or boolean is remembered. */
    private static final class Values {
        private String wrongType;

        String text(String field, JsonValue value) {
            if (value == null || value == JsonValue.NULL) {
                return null;
            }
            if (value instanceof JsonString string) {
                return string.getString();
            }
            if (value instanceof JsonNumber number) {
                return number.bigDecimalValue().toPlainString();
            }
            wrongType(field);
            return null;
        }

        void wrongType(String field) {
            if (wrongType == null) {
                wrongType = field;
            }
        }
    }
}
