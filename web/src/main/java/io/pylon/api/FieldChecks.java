package io.pylon.api;

import io.pylon.shared.CountryCode;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.PageRequest;
import io.pylon.shared.Reason;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Currency;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Checks a request's fields and collects every failure, so that one answer names all the
 * offending fields. (Payara's OpenAPI generator fails on Bean Validation annotations on record
 * components and unannotated resource parameters, so the DTOs check themselves with this.)
 */
public final class FieldChecks {

    private final List<Problem.FieldError> errors = new ArrayList<>();

    public FieldChecks required(String field, Object value) {
        if (value == null) {
            errors.add(new Problem.FieldError(field, Reason.REQUIRED, "is required"));
        }
        return this;
    }

    public FieldChecks text(String field, String value, boolean required, int maxLength) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new Problem.FieldError(field, Reason.BLANK, "must not be blank"));
            }
        } else if (value.length() > maxLength) {
            errors.add(new Problem.FieldError(field, Reason.TOO_LONG, "must be at most " + maxLength + " characters"));
        }
        return this;
    }

    public <T> FieldChecks valid(String field, T value, Predicate<T> rule, Reason reason, String message) {
        if (value != null && !rule.test(value)) {
            errors.add(new Problem.FieldError(field, reason, message));
        }
        return this;
    }

    /** A whole number from {@code min} to {@code max}, where one is given. */
    public FieldChecks between(String field, Integer value, int min, int max) {
        return valid(field, value, number -> number >= min && number <= max, Reason.OUT_OF_RANGE,
                "must be between " + min + " and " + max);
    }

    /** The {@code page} and {@code size} query parameters of a list. */
    public FieldChecks paging(int page, int size) {
        return between("page", page, 0, PageRequest.MAX_PAGE).between("size", size, 1, PageRequest.MAX_SIZE);
    }

    /** An ISO 3166 alpha-3 country code, where one is given. */
    public FieldChecks country(String field, String value) {
        return valid(field, value, CountryCode::isValid, Reason.INVALID_COUNTRY,
                "must be an ISO 3166 alpha-3 country code such as KEN");
    }

    /** The ISO-8601 date ({@code 2026-11-27}) in {@code value}, or null (with an error unless absent). */
    public LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException notADay) {
            errors.add(new Problem.FieldError(field, Reason.INVALID_DATE, "must be a date that exists, as YYYY-MM-DD"));
            return null;
        }
    }

    /** The ISO 4217 currency of the code in {@code value} ({@code USD}), or null (with an error unless absent). */
    public Currency currency(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            if (value.matches("[A-Z]{3}")) {
                return Currency.getInstance(value);
            }
        } catch (IllegalArgumentException unknown) {
            // reported below, as a code of the wrong form is
        }
        errors.add(new Problem.FieldError(field, Reason.UNKNOWN_CURRENCY, "must be an ISO 4217 currency code such as USD"));
        return null;
    }

    /** The decimal number written in {@code value} ({@code "1234.56"}), or null (with an error unless absent). */
    public BigDecimal decimal(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            errors.add(new Problem.FieldError(field, Reason.WRONG_TYPE, "must be a decimal number such as \"1234.56\""));
            return null;
        }
    }

    /** The constant named by {@code value}, or null (with an error unless it was absent) if there is none. */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException unknown) {
            errors.add(new Problem.FieldError(field, Reason.NOT_ALLOWED, "must be one of " + allowed(type)));
            return null;
        }
    }

    /** The constants named by {@code values}; an empty set when absent. */
    public <E extends Enum<E>> Set<E> allOf(String field, Collection<String> values, Class<E> type) {
        Set<E> constants = EnumSet.noneOf(type);
        if (values == null) {
            return constants;
        }
        for (String value : values) {
            if (value == null) {
                errors.add(new Problem.FieldError(field, Reason.REQUIRED, "must not contain null"));
                return constants;
            }
            E constant = oneOf(field, value, type);
            if (constant == null) {
                return constants;
            }
            constants.add(constant);
        }
        return constants;
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    }

    /**
     * What {@code make} builds, or null when the domain or a nested form's own checks refuse it: each refusal is then
     * reported under {@code prefix} ({@code gates[2]} and {@code text} make {@code gates[2].text}), so that the rules
     * stay where they are while one answer still names every offending part of a nested body. A field already
     * reported here is not reported again.
     */
    public <T> T built(String prefix, Supplier<T> make) {
        try {
            return make.get();
        } catch (DomainRuleViolation refused) {
            add(new Problem.FieldError(under(prefix, refused.field()), refused.reason(), refused.getMessage()));
            return null;
        } catch (InvalidRequest invalid) {
            invalid.errors().forEach(error -> add(new Problem.FieldError(under(prefix, error.field()), error.code(),
                    error.message())));
            return null;
        }
    }

    private static String under(String prefix, String field) {
        return prefix.isEmpty() ? field : prefix + "." + field;
    }

    private void add(Problem.FieldError error) {
        if (errors.stream().noneMatch(known -> known.field().equals(error.field()))) {
            errors.add(error);
        }
    }

    /** Ends the checks: throws if any failed. */
    public void orThrow() {
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
    }

    /** A body is required; a request without one fails here, before its fields are checked. */
    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidRequest(List.of(new Problem.FieldError("body", Reason.REQUIRED, "a JSON body is required")));
        }
        return body;
    }
}
