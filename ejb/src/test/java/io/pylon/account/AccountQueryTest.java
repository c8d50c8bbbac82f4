package io.pylon.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.shared.DomainRuleViolation;
import io.pylon.shared.PageRequest;
import org.junit.jupiter.api.Test;

class AccountQueryTest {

    private static AccountQuery query(String text, String sort) {
        return new AccountQuery(text, null, sort, new PageRequest(0, 20));
    }

    @Test
    void sortsByNameUnlessToldOtherwiseAndAlwaysStablyById() {
        assertThat(query(null, null).orderBy()).isEqualTo("a.normalizedName asc, a.id asc");
        assertThat(query(null, "-country").orderBy()).isEqualTo("a.country desc, a.id desc");
        assertThat(query(null, "id").orderBy()).isEqualTo("a.id asc");
        assertThat(query(null, "-score").orderBy()).isEqualTo("s.score desc nulls last, a.id desc");
        assertThat(query(null, "-score").sortsByScore()).isTrue();
        assertThat(query(null, "name").sortsByScore()).isFalse();
    }

    @Test
    void refusesUnknownSortKeys() {
        assertThatThrownBy(() -> query(null, "password")).isInstanceOf(DomainRuleViolation.class)
                .extracting(e -> ((DomainRuleViolation) e).field()).isEqualTo("sort");
    }

    @Test
    void matchesTextAsWrittenAndNormalised() {
        AccountQuery query = query("  Kenya  Railways Corp. ", null);
        assertThat(query.writtenText()).isEqualTo("kenya  railways corp.");
        assertThat(query.normalizedText()).isEqualTo("kenya railways corp");

        assertThat(query("%_", null).normalizedText()).isNull();
        assertThat(query("   ", null).text()).isNull();
    }

    @Test
    void pagesAreBounded() {
        assertThat(new PageRequest(3, 20).offset()).isEqualTo(60);
        assertThatThrownBy(() -> new PageRequest(-1, 20)).isInstanceOf(DomainRuleViolation.class);
        assertThatThrownBy(() -> new PageRequest(0, PageRequest.MAX_SIZE + 1)).isInstanceOf(DomainRuleViolation.class);
    }
}
