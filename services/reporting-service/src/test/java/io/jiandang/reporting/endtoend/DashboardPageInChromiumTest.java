package io.jiandang.reporting.endtoend;

import io.jiandang.divisions.DivisionCatalogue;
import io.jiandang.divisions.DivisionLevel;
import io.jiandang.security.Actor;
import io.jiandang.security.Role;
import io.jiandang.testing.security.TestTokens;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dashboard page in real headless Chromium (Debian's chromium and chromedriver, installed by .ci/run): a
 * county supervisor signs in with a token, sees the county's figures and drills down to a village.
 */
class DashboardPageInChromiumTest extends ReportingEndToEndBase {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Actor BAMA_SUPERVISOR = new Actor("supervisor", Role.SUPERVISOR, DivisionLevel.COUNTY, "451227");

    @LocalServerPort
    int port;
    private WebDriver browser;

    @BeforeEach
    void startChromium() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are installed by .ci/run (apt-get install chromium chromium-driver)");
        Path profile = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "chromium-profile-");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                .addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--disable-dev-shm-usage", "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSupervisorSignsInSeesTheCountysDashboardAndDrillsDownToAVillage() {
        DivisionCatalogue catalogue = DivisionCatalogue.guangxi();
        var township = catalogue.children("451227").get(0);
        var village = catalogue.children(township.code()).get(0);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get("http://127.0.0.1:" + port + "/dashboard");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-token"))).sendKeys(TestTokens.token(BAMA_SUPERVISOR));
        browser.findElement(By.id("login-button")).click();

        wait.until(ExpectedConditions.textToBe(By.id("division-name"), catalogue.get("451227").name()));
        wait.until(d -> !d.findElement(By.id("poor-people")).getText().equals("–"));
        assertThat(browser.findElements(By.cssSelector("#children-chart canvas"))).isNotEmpty();

        clickChild(wait, township.code());
        wait.until(ExpectedConditions.textToBe(By.id("division-name"), township.name()));
        clickChild(wait, village.code());
        wait.until(ExpectedConditions.textToBe(By.id("division-name"), village.name()));
        assertThat(browser.findElement(By.id("breadcrumb")).getText())
                .contains(catalogue.get("451227").name(), township.name(), village.name());

        browser.findElement(By.id("language")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-i18n=poorPeople]"), "Poor population"));
    }

    private void clickChild(WebDriverWait wait, String code) {
        WebElement child = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#children li[data-code='" + code + "']")));
        child.click();
    }
}
