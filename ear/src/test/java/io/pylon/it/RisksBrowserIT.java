package io.pylon.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The risk card of the project page in headless Chromium: a project manager raises a risk and finds it on the heat map. */
@ClientTest
class RisksBrowserIT {

    @RegisterExtension
    final Chromium.PerTest chromiums = new Chromium.PerTest();

    @Test
    void aProjectManagerRaisesARiskAndFindsItOnTheHeatMap() {
        JsonObject project = Fixtures.newProject("Kenya Railways Heat Map", "Kisumu port rail spur", "EPC", "pm");

        Chromium chromium = chromiums.signedIn("pm");
        WebDriver browser = chromium.driver();
        browser.get(Api.base() + "#/projects/" + project.getJsonNumber("id"));
        chromium.visible(By.id("risks-none"));
        chromium.fill(chromium.visible(By.id("risk-cause")), "Lake levels rise after the long rains");
        chromium.fill(browser.findElement(By.id("risk-event")), "The spur's embankment is flooded");
        chromium.fill(browser.findElement(By.id("risk-effect")), "Two months of earthworks lost");
        new Select(browser.findElement(By.id("risk-probability"))).selectByValue("5");
        new Select(browser.findElement(By.id("risk-impact"))).selectByValue("4");
        chromium.click(browser.findElement(By.id("risk-save")));
        chromium.until(ExpectedConditions.attributeContains(By.id("risk-owner"), "class", "is-invalid"));
        assertThat(browser.findElement(By.id("risk-owner-feedback")).getText()).isNotBlank();

        chromium.fill(browser.findElement(By.id("risk-owner")), "Site manager");
        new Select(browser.findElement(By.id("risk-strategy"))).selectByValue("AVOID");
        chromium.click(browser.findElement(By.id("risk-save")));
        WebElement row = chromium.visible(By.cssSelector("[data-test=risk-row][data-reference=R-1]"));
        assertThat(row.findElement(By.cssSelector("[data-test=risk-score]")).getText()).isEqualTo("20");
        assertThat(row.findElement(By.cssSelector("[data-test=risk-score]")).getAttribute("data-severity"))
                .isEqualTo("VERY_HIGH");

        WebElement cell = browser.findElement(By.cssSelector("[data-test=heat-cell][data-probability='5'][data-impact='4']"));
        assertThat(cell.getText()).isEqualTo("1");
        assertThat(cell.getAttribute("data-severity")).isEqualTo("VERY_HIGH");
        chromium.click(cell.findElement(By.cssSelector("[data-test=heat-cell-risks]")));
        chromium.visible(By.id("risk-filter-clear"));
        assertThat(browser.findElements(By.cssSelector("[data-test=risk-row]"))).hasSize(1);
        chromium.screenshot("project-risks");

        chromium.click(browser.findElement(By.cssSelector("[data-test=risk-edit]")));
        chromium.visible(By.cssSelector("#risk-form[data-revising=R-1]"));
        new Select(browser.findElement(By.id("risk-status"))).selectByValue("CLOSED");
        chromium.click(browser.findElement(By.id("risk-save")));
        chromium.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=risk-row] [data-test=risk-status]"), "Closed"));
        List<WebElement> counted = browser.findElements(By.cssSelector("[data-test=heat-cell-risks]"));
        assertThat(counted).as("a closed risk leaves the heat map").isEmpty();
    }
}
