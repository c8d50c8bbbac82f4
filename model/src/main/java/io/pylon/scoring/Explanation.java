package io.pylon.scoring;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Why a part of a score is what it is, in one line: {@code text} in English for API readers, and
 * the same as a stable {@code code} with its {@code args}, so that the UI can say it in the reader's language.
 */
public record Explanation(String code, Map<String, String> args, String text) {

    public Explanation {
        Objects.requireNonNull(code);
        Objects.requireNonNull(text);
        args = args == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(args));
    }
}
