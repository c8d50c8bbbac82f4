package io.pylon.scoring;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;

/** An explanation's arguments as a JSON object of strings in one column: they differ from criterion to criterion. */
@Converter
public class ExplanationArgsConverter implements AttributeConverter<Map<String, String>, String> {

    static final int MAX_LENGTH = 2000;

    @Override
    public String convertToDatabaseColumn(Map<String, String> args) {
        JsonObjectBuilder json = Json.createObjectBuilder();
        (args == null ? Map.<String, String>of() : args).forEach(json::add);
        return json.build().toString();
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String column) {
        Map<String, String> args = new LinkedHashMap<>();
        try (var reader = Json.createReader(new StringReader(column))) {
            JsonObject json = reader.readObject();
            json.forEach((key, value) -> args.put(key, ((JsonString) value).getString()));
        }
        return args;
    }
}
