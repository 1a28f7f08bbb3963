package org.spotcheck.app.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.spotcheck.SpotcheckApplication;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Issue 19: the planner issues a seal range to a sampler on the 封条号段 page and withdraws it, in a real browser; a
 * refused range shows the reason beside its field, in Chinese.
 */
@Tag("browser")
@SpringBootTest(classes = SpotcheckApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SealRangeBrowserTest {

    @RegisterExtension
    final ChromiumExtension browser = new ChromiumExtension("1280,900");

    @Test
    void thePlannerIssuesARangeSeesTheRefusalBesideTheFieldAndWithdrawsIt() throws IOException {
        browser.logIn("planner");
        browser.click(By.id("nav-seal-ranges"));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("seal-range-form")));
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("封条号段");

        String prefix = "B" + Long.toString(System.nanoTime(), 36).toUpperCase(Locale.ROOT) + "-";
        browser.type("prefix", prefix);
        browser.type("digits", "6");
        browser.type("firstNumber", "50");
        browser.type("lastNumber", "40");
        new Select(browser.driver().findElement(By.id("samplerUsername"))).selectByValue("sampler-c");
        browser.click(By.id("seal-range-submit"));
        WebElement error = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("lastNumber-error")));
        assertThat(error.getText()).isEqualTo("终止号 40 小于起始号 50");
        assertThat(browser.driver().findElement(By.id("lastNumber")).getAttribute("class")).contains("is-invalid");
        assertThat(browser.driver().findElement(By.id("form-error")).isDisplayed()).isTrue();
        // what was typed stays, the sampler too
        assertThat(browser.driver().findElement(By.id("prefix")).getAttribute("value")).isEqualTo(prefix);
        assertThat(new Select(browser.driver().findElement(By.id("samplerUsername"))).getFirstSelectedOption().getAttribute("value"))
                .isEqualTo("sampler-c");
        browser.screenshot("browser-seal-range-refused.png");

        browser.type("lastNumber", "149");
        browser.click(By.id("seal-range-submit"));
        WebElement issued = browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-message")));
        assertThat(issued.getText()).contains(prefix + "000050").contains(prefix + "000149");
        WebElement row = browser.driver().findElements(By.cssSelector("#seal-ranges tbody tr")).stream()
                .filter(r -> r.getText().contains(prefix + "000050")).findFirst().orElseThrow();
        assertThat(row.findElement(By.className("status")).getText()).isEqualTo("有效");
        String id = row.getAttribute("id").substring("seal-range-".length());
        browser.screenshot("browser-seal-ranges.png");

        browser.click(By.id("withdraw-" + id));
        browser.until(ExpectedConditions.visibilityOfElementLocated(By.id("withdrawn-message")));
        WebElement withdrawn = browser.driver().findElement(By.id("seal-range-" + id));
        assertThat(withdrawn.findElement(By.className("status")).getText()).startsWith("已由").endsWith("收回");
        assertThat(browser.driver().findElements(By.id("withdraw-" + id))).isEmpty();
    }
}
