package io.pylon.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    @ParameterizedTest
    @CsvSource({"ET, ETH", "KE, KEN", "CN, CHN", "VN, VNM", "BD, BGD", "XK, XKX"})
    void convertsAlpha2ToAlpha3(String alpha2, String alpha3) {
        assertThat(CountryCode.fromAlpha2("countrycode", alpha2).value()).isEqualTo(alpha3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3A", "4E", "1W", "8S"})
    void refusesWorldBankRegionsAsNotACountry(String region) {
        assertThatThrownBy(() -> CountryCode.fromAlpha2("countrycode", region))
                .isInstanceOf(DomainRuleViolation.class)
                .hasMessageContaining("region")
                .extracting(e -> ((DomainRuleViolation) e).reason()).isEqualTo(Reason.NOT_A_COUNTRY);
    }

    @ParameterizedTest
    @ValueSource(strings = {"XX", "ZZ", "et", "ETH", "E", ""})
    void refusesCodesThatAreNoIsoCountry(String code) {
        assertThatThrownBy(() -> CountryCode.fromAlpha2("countrycode", code))
                .isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).reason()).isEqualTo(Reason.INVALID_COUNTRY);
    }
}
