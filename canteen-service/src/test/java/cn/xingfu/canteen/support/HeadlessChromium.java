package cn.xingfu.canteen.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Debian headless Chromium that the staff and volunteer page tests drive, with its own throw-away profile, the
 * sign-in form as a person fills it, and screenshots for docs/screenshots. The page gets exactly the width and height
 * asked for (the viewport, as on a full-screen display).
 */
public final class HeadlessChromium implements BeforeAllCallback, AfterAllCallback {

    private static final Path SCREENSHOTS = Path.of("..", "docs", "screenshots");

    private final int width;
    private final int height;
    private WebDriver driver;
    private Path profile;

    private HeadlessChromium(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /**
     * One browser for a test class, started before its first test and closed after its last:
     * {@code @RegisterExtension static final HeadlessChromium chromium = HeadlessChromium.window(390, 844);}
     */
    public static HeadlessChromium window(int width, int height) {
        return new HeadlessChromium(width, height);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        profile = Files.createTempDirectory("xingfu-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments(
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-dev-shm-usage",
                "--lang=zh-CN",
                "--user-data-dir=" + profile.toAbsolutePath());
        // the browser console, so a test can name the cause when a page stays empty (a CSP refusal, a script error)
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        // headless Chromium keeps room for a browser frame it does not draw: grow the window until the page itself
        // gets the size asked for, as on a full-screen kitchen or dining-room display
        driver.get("about:blank");
        Number innerWidth = (Number) ((JavascriptExecutor) driver).executeScript("return innerWidth;");
        Number innerHeight = (Number) ((JavascriptExecutor) driver).executeScript("return innerHeight;");
        driver.manage()
                .window()
                .setSize(new Dimension(2 * width - innerWidth.intValue(), 2 * height - innerHeight.intValue()));
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    public WebDriver driver() {
        return driver;
    }

    /** A bounded wait that looks again when the page redraws the element it was reading. */
    public WebDriverWait waitUpTo(Duration timeout) {
        return waitUpTo(timeout, Duration.ofMillis(200));
    }

    public WebDriverWait waitUpTo(Duration timeout, Duration poll) {
        WebDriverWait wait = new WebDriverWait(driver, timeout, poll);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Opening a page without a session redirects to the form; signing in returns to the page. */
    public void signIn(String username, String password) {
        if (driver.findElements(By.id("username")).isEmpty()) {
            throw new AssertionError("no sign-in form at " + driver.getCurrentUrl() + ":\n" + driver.getPageSource());
        }
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("button[type=submit]")).click();
        waitUpTo(Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().contains("/login"));
    }

    /**
     * What the browser console said at level SEVERE since the last call (script errors, Content-Security-Policy
     * refusals, resources that failed to load), the missing favicon aside.
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> !m.contains("favicon"))
                .toList();
    }

    public void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOTS);
        Files.copy(shot, SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
}
