package io.pylon.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NormalizedNameTest {

    @Test
    void ignoresCaseSpacingAndPunctuation() {
        assertThat(NormalizedName.of("  Kenya   Railways Corp. "))
                .isEqualTo(NormalizedName.of("KENYA RAILWAYS CORP"))
                .isEqualTo("kenya railways corp");
        assertThat(NormalizedName.of("Ministry of Public Works, Transport & Communications"))
                .isEqualTo("ministry of public works transport communications");
    }

    @Test
    void keepsDifferentWordsApart() {
        assertThat(NormalizedName.of("MINISTRY OF PUBLIC WORKS"))
                .isNotEqualTo(NormalizedName.of("MINISTRY OF PUBLIC WORKS AND TRANSPORT"));
    }

    @Test
    void foldsCompatibilityFormsOfOtherScripts() {
        assertThat(NormalizedName.of("ＫＥＮＹＡ　ＲＡＩＬＷＡＹＳ")).isEqualTo("kenya railways");
        assertThat(NormalizedName.of("中国铁路总公司")).isEqualTo("中国铁路总公司");
    }
}
