package io.pylon.merge;

import io.pylon.shared.CountryCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Finds the pairs of accounts in one country whose names are {@link NameSimilarity near
 * duplicates}. Comparing every pair of 10,000 names is 50 million comparisons, so it compares
 * only within a country and, there, only names in a common <em>block</em>: names that share the
 * first {@value #BLOCK_KEY_LENGTH} letters of a significant word. A block of more than
 * {@value #MAX_BLOCK} names stands for a word too common to tell agencies apart ("ministry",
 * "national") and is skipped; a pair that has only such words in common is not found.
 */
public final class NearDuplicateFinder {

    static final int BLOCK_KEY_LENGTH = 3;
    static final int MAX_BLOCK = 300;

    /** An account as the finder needs it. */
    public record Named(long id, CountryCode country, String name) {
    }

    /** Two accounts with similar names, lower id first, and how similar. */
    public record NearDuplicate(Named first, Named second, double similarity) {
    }

    private record Words(Named account, List<String> words) {
    }

    private NearDuplicateFinder() {
    }

    /** What a search found, and how many pairs of names it compared to find it. */
    record Search(List<NearDuplicate> found, long comparisons) {
    }

    /** The near-duplicate pairs, most similar first, then by country and names. */
    public static List<NearDuplicate> among(Collection<Named> accounts) {
        return search(accounts).found();
    }

    static Search search(Collection<Named> accounts) {
        Map<CountryCode, List<Words>> byCountry = accounts.stream()
                .map(account -> new Words(account, NameSimilarity.words(account.name())))
                .collect(Collectors.groupingBy(words -> words.account().country()));
        List<NearDuplicate> found = new ArrayList<>();
        long comparisons = 0;
        for (List<Words> country : byCountry.values()) {
            comparisons += inCountry(country, found);
        }
        found.sort(Comparator.comparingDouble(NearDuplicate::similarity).reversed()
                .thenComparing(pair -> pair.first().country().value())
                .thenComparing(pair -> pair.first().name())
                .thenComparing(pair -> pair.second().name()));
        return new Search(found, comparisons);
    }

    /** Adds the pairs of one country's names to {@code found}; returns how many pairs it compared. */
    private static long inCountry(List<Words> names, List<NearDuplicate> found) {
        Map<String, List<Integer>> blocks = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Set<String> keys = new LinkedHashSet<>();
            for (String word : names.get(i).words()) {
                keys.add(word.length() <= BLOCK_KEY_LENGTH ? word : word.substring(0, BLOCK_KEY_LENGTH));
            }
            for (String key : keys) {
                blocks.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        Set<Long> compared = new HashSet<>();
        // The same words meet again and again ("ministry" and "transport"): Jaro-Winkler once per pair of words.
        Map<String, Map<String, Boolean>> sameWords = new HashMap<>();
        BiPredicate<String, String> sameWord = (one, other) -> sameWords
                .computeIfAbsent(one, word -> new HashMap<>())
                .computeIfAbsent(other, word -> NameSimilarity.sameWord(one, other));
        for (List<Integer> block : blocks.values()) {
            if (block.size() > MAX_BLOCK) {
                continue;
            }
            for (int a = 0; a < block.size(); a++) {
                for (int b = a + 1; b < block.size(); b++) {
                    int one = block.get(a);
                    int other = block.get(b);
                    if (compared.add((long) one * names.size() + other)) {
                        compare(names.get(one), names.get(other), sameWord, found);
                    }
                }
            }
        }
        return compared.size();
    }

    private static void compare(Words one, Words other, BiPredicate<String, String> sameWord, List<NearDuplicate> found) {
        double similarity = NameSimilarity.ofWords(one.words(), other.words(), sameWord);
        if (similarity >= NameSimilarity.THRESHOLD) {
            boolean inOrder = one.account().id() < other.account().id();
            found.add(new NearDuplicate(inOrder ? one.account() : other.account(),
                    inOrder ? other.account() : one.account(), similarity));
        }
    }
}
