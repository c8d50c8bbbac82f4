package io.pylon.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** An asadmin command file kept in this module, with its {@code ${name}} placeholders filled in. */
final class CommandFile {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([a-z.]+)}");

    private CommandFile() {
    }

    static String render(String resource, Map<String, String> values) {
        String template;
        try (InputStream in = CommandFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing command file " + resource);
            }
            template = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder rendered = new StringBuilder();
        while (matcher.find()) {
            String value = values.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("no value for ${" + matcher.group(1) + "} in " + resource);
            }
            matcher.appendReplacement(rendered, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(rendered);
        return rendered.toString();
    }

    /**
     * asadmin's {@code --property} syntax: {@code name=value} pairs joined by colons, with
     * colons, equals signs and backslashes inside values escaped. The escapes are doubled because
     * a command file is read by a shell-like tokenizer that consumes one level of backslashes.
     */
    static String properties(Map<String, String> properties) {
        StringBuilder joined = new StringBuilder();
        properties.forEach((name, value) -> {
            if (!joined.isEmpty()) {
                joined.append(':');
            }
            joined.append(name).append('=').append(value.replace("\\", "\\\\\\\\").replace(":", "\\\\:").replace("=", "\\\\="));
        });
        return joined.toString();
    }

    static Path write(String content, Path file) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
