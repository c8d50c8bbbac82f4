package io.pylon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryCodeTest {

    @ParameterizedTest
    @ValueSource(strings = {"KEN", "CHN", "ETH", "BGD", "SRB"})
    void acceptsIsoAlpha3Codes(String code) {
        assertThat(CountryCode.of(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ken", "KE", "KENY", "XXX", "", " KEN"})
    void refusesAnythingElseNamingTheField(String code) {
        assertThatThrownBy(() -> CountryCode.of(code))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("country");
    }
}
