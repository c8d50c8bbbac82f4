package io.pylon.merge;

import io.pylon.shared.NormalizedName;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * How alike two agency names are, where normalisation leaves them different: <em>fuzzy word
 * containment</em>, the share of the significant words of the name with fewer of them that the
 * other name also has. Significant words are those of the normalised name without linking words
 * ("of", "and", "de", ...). A word counts as the same when it is equal, when Jaro-Winkler
 * similarity says it is a spelling variant (at least {@value #SAME_WORD}: "railway" and "railways",
 * "minstry" and "ministry"), or when it is an abbreviation of at least {@value #MIN_ABBREVIATION}
 * letters that starts the other ("corp" and "corporation"). Each word of the longer name matches
 * one word of the shorter only.
 * <p>
 * So "MINISTRY OF PUBLIC WORKS" and "Ministry of Public Works and Transport" score 1 (every word of
 * the first is in the second), "Ministry of Roads &amp; Transport" and "Ministry of Roads and
 * Transport" score 1, and "Ministry of Health" and "Ministry of Finance" score 0.5. Pairs at or
 * above {@value #THRESHOLD} are near-duplicates for a person to look at.
 */
public final class NameSimilarity {

    public static final double THRESHOLD = 0.8;
    static final double SAME_WORD = 0.9;
    static final int MIN_ABBREVIATION = 3;

    /** Words that link the words of a name in the languages of the World Bank's borrowers' agency names. */
    private static final Set<String> LINKING_WORDS = Set.of(
            "a", "an", "and", "at", "for", "in", "of", "on", "the", "to",
            "da", "das", "de", "del", "des", "di", "do", "dos", "du", "e", "el", "en", "et", "la", "las", "le",
            "les", "los", "y");

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameSimilarity() {
    }

    /** The significant words of a name, in order, each once. */
    public static List<String> words(String name) {
        return Arrays.stream(NormalizedName.of(name).split(" "))
                .filter(word -> !word.isEmpty() && !LINKING_WORDS.contains(word))
                .distinct()
                .toList();
    }

    public static double of(String one, String other) {
        return ofWords(words(one), words(other));
    }

    /** The similarity of two names given by their {@link #words(String) significant words}. */
    public static double ofWords(List<String> one, List<String> other) {
        return ofWords(one, other, NameSimilarity::sameWord);
    }

    /**
     * The same, with {@code sameWord} standing for {@link #sameWord(String, String)}, which a caller
     * comparing many names may remember per pair of words.
     */
    static double ofWords(List<String> one, List<String> other, BiPredicate<String, String> sameWord) {
        if (one.isEmpty() || other.isEmpty()) {
            return 0;
        }
        if (one.size() == other.size()) {
            return Math.max(contained(one, other, sameWord), contained(other, one, sameWord));
        }
        return one.size() < other.size() ? contained(one, other, sameWord) : contained(other, one, sameWord);
    }

    /** The share of {@code shorter}'s words that {@code longer} has, each of its words used once. */
    private static double contained(List<String> shorter, List<String> longer, BiPredicate<String, String> sameWord) {
        boolean[] used = new boolean[longer.size()];
        int found = 0;
        for (String word : shorter) {
            for (int i = 0; i < longer.size(); i++) {
                if (!used[i] && sameWord.test(word, longer.get(i))) {
                    used[i] = true;
                    found++;
                    break;
                }
            }
        }
        return (double) found / shorter.size();
    }

    static boolean sameWord(String one, String other) {
        if (one.equals(other)) {
            return true;
        }
        String shorter = one.length() <= other.length() ? one : other;
        String longer = shorter == one ? other : one;
        if (shorter.length() >= MIN_ABBREVIATION && longer.startsWith(shorter)) {
            return true;
        }
        // Jaro-Winkler is at most 0.6 * Jaro + 0.4 and Jaro at most (2 + shorter / longer) / 3, so
        // reaching 0.9 needs the shorter word to be at least half as long: skip the costly part.
        return shorter.length() * 2 >= longer.length() && JARO_WINKLER.apply(one, other) >= SAME_WORD;
    }
}
