package cn.xingfu.canteen.support;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Checks that read the page as the browser laid it out: the contrast of every visible button from its computed
 * colours (WCAG 2.1 relative luminance, the background taken from the nearest ancestor that paints one), and
 * whether the page scrolls.
 */
public final class PageChecks {

    private static final String CONTRAST = """
            function rgba(text) {
              var m = text.match(/rgba?\\(([^)]+)\\)/);
              if (!m) return [0, 0, 0, 0];
              var p = m[1].split(',').map(function (x) { return parseFloat(x); });
              return [p[0], p[1], p[2], p.length > 3 ? p[3] : 1];
            }
            function background(node) {
              for (var n = node; n && n.nodeType === 1; n = n.parentElement) {
                var c = rgba(getComputedStyle(n).backgroundColor);
                if (c[3] > 0.5) return c;
              }
              return [255, 255, 255, 1];
            }
            function luminance(c) {
              var v = c.slice(0, 3).map(function (x) {
                x = x / 255;
                return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4);
              });
              return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2];
            }
            var selector = arguments[0];
            return Array.prototype.slice.call(document.querySelectorAll(selector)).filter(function (b) {
              var r = b.getBoundingClientRect();
              return r.width > 0 && r.height > 0 && getComputedStyle(b).visibility !== 'hidden';
            }).map(function (b) {
              var fg = luminance(rgba(getComputedStyle(b).color)), bg = luminance(background(b));
              var ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
              return { text: (b.textContent || b.value || b.id).trim().substring(0, 40), ratio: Math.round(ratio * 100) / 100 };
            });
            """;

    private PageChecks() {}

    /** Every visible element matching {@code selector} (buttons by default) with its contrast ratio. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> contrast(WebDriver driver, String selector) {
        return (List<Map<String, Object>>) ((JavascriptExecutor) driver).executeScript(CONTRAST, selector);
    }

    /** The buttons (and button-like links) below {@code minimum}; empty when all pass. */
    public static List<Map<String, Object>> lowContrastButtons(WebDriver driver, double minimum) {
        return contrast(driver, "button, a.button, input[type=submit]").stream()
                .filter(b -> ((Number) b.get("ratio")).doubleValue() < minimum)
                .toList();
    }

    /** Whether the document is taller or wider than the window, i.e. whether anyone would have to scroll. */
    public static boolean scrolls(WebDriver driver) {
        return (Boolean) ((JavascriptExecutor) driver)
                .executeScript("var d = document.documentElement; return d.scrollHeight > innerHeight + 1 "
                        + "|| d.scrollWidth > innerWidth + 1;");
    }

    public static Object run(WebDriver driver, String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }
}
