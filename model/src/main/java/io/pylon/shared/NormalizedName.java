package io.pylon.shared;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The comparable form of a name: Unicode-compatibility folded, lower case, punctuation and
 * runs of white space reduced to single spaces. "Ministry of Roads  &amp; Transport" and
 * "MINISTRY OF ROADS AND TRANSPORT" stay different (the words differ), but "Kenya Railways
 * Corp." and "kenya  railways corp" are the same.
 */
public final class NormalizedName {

    private NormalizedName() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return folded.replaceAll("[\\p{Punct}\\p{IsPunctuation}]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }
}
