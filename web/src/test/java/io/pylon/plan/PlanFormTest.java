package io.pylon.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pylon.api.InvalidRequest;
import io.pylon.api.MoneyForm;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanFormTest {

    @Test
    void leavesOutThePartsNotSent() {
        PlanSections sections = new PlanForm(3L, List.of(" Trusted  by the board "), null, null, null).sections();

        assertThat(sections.strengths()).containsExactly("Trusted by the board");
        assertThat(sections.weaknesses()).isNull();
        assertThat(sections.competitors()).isNull();
        assertThat(sections.developmentPlans()).isNull();
    }

    @Test
    void namesEachOffendingItemByItsPlaceInTheList() {
        PlanForm form = new PlanForm(-1L, Arrays.asList("Fine", null), null,
                List.of(new PlanForm.CompetitorForm("CRBC", null), new PlanForm.CompetitorForm(" ", "Incumbent")),
                Arrays.asList(new PlanForm.DevelopmentPlanForm("Master plan", 2040, 2030, new MoneyForm("1", "USD")), null));

        assertThatThrownBy(form::sections).isInstanceOf(InvalidRequest.class)
                .extracting(e -> ((InvalidRequest) e).errors().stream().map(error -> error.field() + " " + error.code()).toList())
                .isEqualTo(List.of("version out_of_range", "strengths[1] blank", "competitors[1].name blank",
                        "developmentPlans[0].horizonTo out_of_range", "developmentPlans[1] required"));
    }
}
