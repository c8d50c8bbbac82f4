package io.pylon.shared;

/** Free text as the domain keeps it: trimmed, runs of white space made one space, bounded. */
public final class Texts {

    private Texts() {
    }

    /**
     * The tidied value, or null when it is blank; refused when it is blank but required, or
     * longer than {@code maxLength} once tidied.
     */
    public static String tidy(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new DomainRuleViolation(field, Reason.BLANK, "must not be blank");
            }
            return null;
        }
        String tidied = value.strip().replaceAll("\\s+", " ");
        if (tidied.length() > maxLength) {
            throw new DomainRuleViolation(field, Reason.TOO_LONG, "must be at most " + maxLength + " characters");
        }
        return tidied;
    }
}
