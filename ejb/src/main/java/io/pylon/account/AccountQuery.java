package io.pylon.account;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.NormalizedName;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import java.util.Locale;
import java.util.Map;

/**
 * A search over the accounts the caller may see: free text, country, sort order and page.
 * The text matches names as written (case aside) and as normalised, so "kenya  railways corp"
 * finds "Kenya Railways Corp." and "_" finds only names that contain an underscore.
 */
public record AccountQuery(String text, CountryCode country, String sort, PageRequest page) {

    /** The sort keys a client may name, {@code -} first for descending, and what they order by. */
    private static final Map<String, String> SORTABLE = Map.of(
            "name", "a.normalizedName",
            "country", "a.country",
            "id", "a.id",
            "score", "s.score");

    public AccountQuery {
        text = text == null || text.isBlank() ? null : text.strip();
        sort = sort == null || sort.isBlank() ? "name" : sort.strip();
        if (!SORTABLE.containsKey(sort.startsWith("-") ? sort.substring(1) : sort)) {
            throw new DomainRuleViolation("sort", Reason.NOT_ALLOWED, "must be one of name, country, id, score, optionally prefixed by -");
        }
    }

    /** The text as compared with names as written: lower case. */
    String writtenText() {
        return text.toLowerCase(Locale.ROOT);
    }

    /** The text as compared with normalised names; null when nothing is left of it after normalising. */
    String normalizedText() {
        String normalized = NormalizedName.of(text);
        return normalized.isEmpty() ? null : normalized;
    }

    /** Whether the order needs the accounts' scores, {@code s} in {@link #orderBy()}. */
    boolean sortsByScore() {
        return SORTABLE.get(sort.replaceFirst("^-", "")).startsWith("s.");
    }

    /** JPQL order clause; the id last keeps the order stable across pages. Accounts not scored yet come last either way. */
    String orderBy() {
        boolean descending = sort.startsWith("-");
        String key = SORTABLE.get(descending ? sort.substring(1) : sort);
        String direction = descending ? " desc" : " asc";
        String nulls = sortsByScore() ? " nulls last" : "";
        return key.equals("a.id") ? key + direction : key + direction + nulls + ", a.id" + direction;
    }
}
