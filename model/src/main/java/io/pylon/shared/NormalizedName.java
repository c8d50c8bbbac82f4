package io.pylon.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparable form of a name: Unicode-compatibility folded, lower case, punctuation and
 * runs of white space reduced to single spaces. "Ministry of Roads  &amp; Transport" and
 * "MINISTRY OF ROADS AND TRANSPORT" stay different (the words differ), but "Kenya Railways
 * Corp." and "kenya  railways corp" are the same.
 */
public final class NormalizedName {

    /** Compiled once: imports and the near-duplicate search normalise thousands of names at a time. */
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{Punct}\\p{IsPunctuation}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private NormalizedName() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return SPACES.matcher(PUNCTUATION.matcher(folded).replaceAll(" ")).replaceAll(" ").strip();
    }
}
