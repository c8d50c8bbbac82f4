package io.pylon.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.account.Sector;
import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.Reason;
import io.pylon.shared.Texts;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldChecksTest {

    @Test
    void namesEveryOffendingField() {
        FieldChecks checks = new FieldChecks()
                .text("name", " ", true, 10)
                .text("nativeName", "x".repeat(11), false, 10)
                .required("country", null)
                .valid("size", 0, n -> n > 0, Reason.OUT_OF_RANGE, "must be positive");

        assertThatThrownBy(checks::orThrow).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).errors().stream().map(Problem.FieldError::field).toList())
                .isEqualTo(List.of("name", "nativeName", "country", "size"));
    }

    @Test
    void passesValidFields() {
        FieldChecks checks = new FieldChecks().text("name", "Agency", true, 10).required("country", "KEN");
        checks.orThrow();
        assertThat(checks.oneOf("sector", "RAIL", Sector.class)).isEqualTo(Sector.RAIL);
    }

    @Test
    void reportsWhatTheDomainRefusesUnderThePartOfTheBodyItCameFrom() {
        FieldChecks checks = new FieldChecks();
        assertThat(checks.built("gates[1].criteria[0]", () -> Texts.tidy("text", " kept ", true, 10))).isEqualTo("kept");
        assertThat(checks.oneOf("gates[2].code", "G9", Sector.class)).isNull();
        assertThat(checks.<String>built("gates[2]", () -> {
            throw new DomainRuleViolation("code", Reason.REQUIRED, "is required");
        })).isNull();
        assertThat(checks.built("gates[1].criteria[0]", () -> Texts.tidy("text", " ", true, 10))).isNull();
        assertThat(checks.<String>built("", () -> {
            throw new DomainRuleViolation("gates", Reason.REQUIRED, "G5 is missing");
        })).isNull();

        assertThatThrownBy(checks::orThrow)
                .extracting(e -> ((InvalidRequest) e).errors().stream().map(error -> error.field() + " " + error.code())
                        .toList())
                .isEqualTo(List.of("gates[2].code not_allowed", "gates[1].criteria[0].text blank", "gates required"));
    }

    @Test
    void saysWhichEnumValuesAreAllowed() {
        FieldChecks checks = new FieldChecks();
        assertThat(checks.oneOf("sector", "RAILWAY", Sector.class)).isNull();
        assertThat(checks.allOf("sectors", Arrays.asList("RAIL", null), Sector.class)).containsExactly(Sector.RAIL);

        assertThatThrownBy(checks::orThrow)
                .extracting(e -> ((InvalidRequest) e).errors())
                .isEqualTo(List.of(
                        new Problem.FieldError("sector", "not_allowed",
                                "must be one of RAIL, ROAD, BRIDGE, PORT, AIRPORT, POWER, WATER, BUILDING"),
                        new Problem.FieldError("sectors", "required", "must not contain null")));
    }

    @Test
    void readsCurrenciesAndDecimalsOrSaysWhatIsWrong() {
        FieldChecks checks = new FieldChecks();
        assertThat(checks.currency("currency", "EUR")).hasToString("EUR");
        assertThat(checks.decimal("rate", " 0.0125 ")).isEqualByComparingTo("0.0125");
        assertThat(checks.currency("value.currency", "XYZ")).isNull();
        assertThat(checks.currency("other", "usd")).isNull();
        assertThat(checks.decimal("amount", "12,5")).isNull();

        assertThatThrownBy(checks::orThrow)
                .extracting(e -> ((InvalidRequest) e).errors().stream().map(error -> error.field() + " " + error.code())
                        .toList())
                .isEqualTo(List.of("value.currency unknown_currency", "other unknown_currency", "amount wrong_type"));
    }

    @Test
    void requiresABody() {
        assertThatThrownBy(() -> FieldChecks.body(null)).isInstanceOf(InvalidRequest.class);
        assertThat(FieldChecks.body("x")).isEqualTo("x");
    }
}
