package cn.xingfu.kernel.charts;

import java.util.List;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * What the kernel's {@code static/kernel/charts.js} put into a chart's host element in a real browser: the uPlot
 * canvas (its size, and how many of its pixels were painted in a series' colour) and the numbers table below it.
 * Both services' browser tests use it, so a chart that stays blank or shows other numbers than the API fails there.
 */
public final class ChartProbe {

    private final WebDriver driver;

    public ChartProbe(WebDriver driver) {
        this.driver = driver;
    }

    /** The canvas's size in CSS pixels and in device pixels; zero sizes when uPlot drew no canvas in the host. */
    public record Canvas(double cssWidth, double cssHeight, long width, long height) {

        public boolean drawn() {
            return cssWidth > 0 && cssHeight > 0 && width > 0 && height > 0;
        }
    }

    public Canvas canvas(String hostId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> size = (Map<String, Object>) ((JavascriptExecutor) driver)
                .executeScript(
                        "var c = document.querySelector('#' + arguments[0] + ' .uplot canvas');"
                                + " if (!c) return {cw: 0, ch: 0, w: 0, h: 0};"
                                + " var r = c.getBoundingClientRect();"
                                + " return {cw: r.width, ch: r.height, w: c.width, h: c.height};",
                        hostId);
        return new Canvas(
                ((Number) size.get("cw")).doubleValue(),
                ((Number) size.get("ch")).doubleValue(),
                ((Number) size.get("w")).longValue(),
                ((Number) size.get("h")).longValue());
    }

    /**
     * How many pixels of the chart's canvas have exactly the colour {@code hex} ({@code #rrggbb}, opaque): the
     * inside of the bars or the points a series was drawn with. Axes and labels are drawn in other colours, the
     * legend is not on the canvas, so a series with only zeros paints none.
     */
    public long pixelsOf(String hostId, String hex) {
        Number count = (Number) ((JavascriptExecutor) driver)
                .executeScript(
                        "var c = document.querySelector('#' + arguments[0] + ' .uplot canvas');"
                                + " if (!c || !c.width || !c.height) return -1;"
                                + " var h = arguments[1], r = parseInt(h.substr(1, 2), 16),"
                                + " g = parseInt(h.substr(3, 2), 16), b = parseInt(h.substr(5, 2), 16);"
                                + " var d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data, n = 0;"
                                + " for (var i = 0; i < d.length; i += 4) {"
                                + " if (d[i] === r && d[i + 1] === g && d[i + 2] === b && d[i + 3] === 255) n++; }"
                                + " return n;",
                        hostId,
                        hex);
        return count.longValue();
    }

    /** The column headings of the chart's numbers table: the category heading, the series, and a total if any. */
    public List<String> headings(String hostId) {
        return driver.findElements(By.cssSelector("#" + hostId + " table.xf-numbers thead th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** The rows of the chart's numbers table: the category as shown, then each cell as shown. */
    public List<List<String>> numbers(String hostId) {
        return driver.findElements(By.cssSelector("#" + hostId + " table.xf-numbers tbody tr")).stream()
                .map(row -> row.findElements(By.cssSelector("th, td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }
}
