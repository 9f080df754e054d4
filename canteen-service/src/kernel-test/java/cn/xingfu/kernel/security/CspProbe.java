package cn.xingfu.kernel.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What the Content-Security-Policy refused on a page, as the browser saw it. A script that Chromium runs in every new
 * document before the page's own scripts (DevTools' Page.addScriptToEvaluateOnNewDocument, not itself subject to
 * the page's CSP) listens for {@code securitypolicyviolation} events, so a style attribute in the markup, an inline
 * style block or one set later by a page script is caught; it also counts the page's fetches in flight, so a test
 * can wait until what the page draws from its API answers has been drawn. The console's CSP refusals are read too.
 */
public final class CspProbe {

    private static final String RECORDER = "(function () {"
            + " if (window.__xfCsp) return;"
            + " var seen = window.__xfCsp = {violations: [], pending: 0, last: Date.now()};"
            + " document.addEventListener('securitypolicyviolation', function (e) {"
            + "   seen.last = Date.now();"
            + "   seen.violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || '?') + ' in '"
            + "     + (e.sourceFile || document.URL) + ':' + e.lineNumber + (e.sample ? ' [' + e.sample + ']' : ''));"
            + " }, true);"
            + " var original = window.fetch;"
            + " window.fetch = function () {"
            + "   seen.pending++; seen.last = Date.now();"
            + "   return original.apply(this, arguments).finally(function () { seen.pending--; seen.last = Date.now(); });"
            + " };"
            + "})();";

    /** How long nothing may have happened (no fetch settled, no violation) before a page counts as drawn. */
    private static final long QUIET_MILLIS = 700;

    private final WebDriver driver;

    private CspProbe(WebDriver driver) {
        this.driver = driver;
    }

    /** Installs the recorder for every document the browser opens from now on. */
    public static CspProbe install(WebDriver driver) {
        ((ChromiumDriver) driver)
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        return new CspProbe(driver);
    }

    /**
     * Waits until the page has loaded, has no fetch in flight, and has been quiet for a moment (CSP violation
     * events are queued as tasks, and a page draws after its answers arrive).
     */
    public void awaitSettled(Duration timeout) {
        new WebDriverWait(driver, timeout, Duration.ofMillis(100))
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("var s = window.__xfCsp; return document.readyState === 'complete' && !!s"
                                + " && s.pending === 0 && Date.now() - s.last > " + QUIET_MILLIS + ";")));
    }

    /** The violations in the current document; fails if the recorder is not in it (so it can never pass empty). */
    @SuppressWarnings("unchecked")
    public List<String> violations() {
        Object found = ((JavascriptExecutor) driver)
                .executeScript("return window.__xfCsp ? window.__xfCsp.violations : null;");
        if (found == null) {
            throw new AssertionError("the CSP recorder is not in " + driver.getCurrentUrl());
        }
        return new ArrayList<>((List<String>) found);
    }

    /** The console's Content-Security-Policy refusals since the last read of the browser log. */
    public List<String> consoleRefusals() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .filter(m -> m.contains("Content Security Policy"))
                .toList();
    }

    /** The style-src directive of a policy ("style-src 'self'"), or an empty string if it has none. */
    public static String styleSrc(String policy) {
        for (String directive : policy.split(";")) {
            if (directive.trim().startsWith("style-src")) {
                return directive.trim();
            }
        }
        return "";
    }

    /** Every .html file under the given static folders, as the path a browser asks for ("/kitchen.html"). */
    public static List<String> pagesUnder(Path... folders) {
        List<String> pages = new ArrayList<>();
        for (Path folder : folders) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                files.filter(f -> f.getFileName().toString().endsWith(".html"))
                        .map(f -> "/" + folder.relativize(f).toString().replace('\\', '/'))
                        .sorted()
                        .forEach(pages::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return pages;
    }
}
