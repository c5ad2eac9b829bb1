package id.patuh.support;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** A fresh headless Chromium for each test of a browser test class, quit after it; waits give up after 20 s. */
public abstract class BrowserTests {

    protected ChromeDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    protected void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    protected void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }
}
