package cn.xingfu.canteen.production;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.menu.MenuItemView;
import cn.xingfu.canteen.ordering.OrderPlacement;
import cn.xingfu.canteen.ordering.PaymentMethod;
import cn.xingfu.canteen.ordering.PlaceOrder;
import cn.xingfu.canteen.senior.DietaryNeeds;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.standing.StandingOrderGenerator;
import cn.xingfu.canteen.standing.StandingWorld;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.canteen.support.Http;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The kitchen count page in headless Chromium, signed in as the canteen's staff: a placed standing order, a counter
 * takeaway for a senior who needs puréed food (a texture conflict to call about), a standing order still expected,
 * and one that failed for an empty wallet. The same count prints as a PDF.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KitchenCountBrowserIT {

    private static final LocalDate TUESDAY = StandingWorld.TUESDAY;

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1100);

    @LocalServerPort
    int port;

    @Autowired
    StandingWorld world;

    @Autowired
    StandingOrderGenerator generator;

    @Autowired
    OrderPlacement placement;

    @AfterEach
    void release() {
        world.release();
    }

    @Test
    void staffSeeTheCountByDishAndChannelWithVariantsConflictsAndFailures() throws IOException {
        StandingWorld.Canteen canteen = world.canteen();
        MenuItemView meat = canteen.lunch(TUESDAY, "荤菜", "10.00", 100, Set.of());
        MenuItemView greens = canteen.lunch(TUESDAY, "素菜", "4.00", 100, Set.of());
        long regular = canteen.senior("100.00");
        long broke = canteen.senior("0");
        canteen.weekdayLunch(regular);
        canteen.weekdayLunch(broke);
        generator.generate(canteen.id(), TUESDAY);
        long expected = canteen.senior("100.00");
        canteen.weekdayLunch(expected);
        long puree = canteen.senior("100.00", new DietaryNeeds(Set.of(), Set.of(), Texture.PUREED));
        placement.place(
                new PlaceOrder(
                        null,
                        null,
                        puree,
                        canteen.id(),
                        Channel.TAKEAWAY,
                        PaymentMethod.CASH,
                        List.of(new PlaceOrder.Item(meat.menuItemId(), 1)),
                        false,
                        TUESDAY,
                        MealPeriod.LUNCH,
                        null),
                "counter-" + puree,
                canteen.manager);
        String staff = canteen.login(Role.CANTEEN_STAFF);

        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/kitchen-count.html?canteenId=" + canteen.id() + "&date=" + TUESDAY
                + "&period=LUNCH");
        chromium.signIn(staff, StandingWorld.PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(15))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));

        WebElement meatRow = row(browser, meat.menuItemId());
        assertThat(cell(meatRow, "DINE_IN")).isEqualTo("1");
        assertThat(cell(meatRow, "TAKEAWAY")).isEqualTo("1");
        assertThat(cell(meatRow, "DELIVERY")).isEqualTo("0");
        assertThat(cell(meatRow, "STANDING")).isEqualTo("1");
        assertThat(cell(meatRow, "TOTAL")).isEqualTo("3");
        assertThat(meatRow.findElement(By.cssSelector("[data-variant=PUREED]")).getText())
                .contains("糊状")
                .contains("×1");
        WebElement greensRow = row(browser, greens.menuItemId());
        assertThat(cell(greensRow, "TOTAL")).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("[data-total=portions] dd"))
                        .getText())
                .isEqualTo("5");
        assertThat(browser.findElement(By.cssSelector("[data-total=expected] dd"))
                        .getText())
                .isEqualTo("2");

        WebElement conflict = browser.findElement(By.cssSelector("#conflicts tr[data-senior='" + puree + "']"));
        assertThat(conflict.getAttribute("data-code")).isEqualTo("TEXTURE_TOO_FIRM");
        assertThat(conflict.getText()).contains("质地").contains("too firm");
        WebElement failure = browser.findElement(By.cssSelector("#problems tr[data-senior='" + broke + "']"));
        assertThat(failure.getAttribute("data-code")).isEqualTo("WALLET_INSUFFICIENT");
        assertThat(failure.getText()).contains("余额不足").contains("Not enough money");
        chromium.screenshot("kitchen-count.png");

        Http.Download pdf = new Http(port)
                .download(
                        "/api/canteens/" + canteen.id() + "/kitchen-count.pdf?date=" + TUESDAY + "&period=LUNCH",
                        staff,
                        StandingWorld.PASSWORD);
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        assertThat(new String(pdf.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Http.Answer other = new Http(port)
                .get(
                        "/api/canteens/" + world.canteen().id() + "/kitchen-count?date=" + TUESDAY + "&period=LUNCH",
                        staff,
                        StandingWorld.PASSWORD);
        assertThat(other.status()).isEqualTo(403);
        assertThat(other.code()).isEqualTo("OUT_OF_CANTEEN_SCOPE");
    }

    private static WebElement row(WebDriver browser, long menuItemId) {
        return browser.findElement(By.cssSelector("#dishes tr[data-menu-item='" + menuItemId + "']"));
    }

    private static String cell(WebElement row, String channel) {
        return row.findElement(By.cssSelector("td[data-channel=" + channel + "]"))
                .getText();
    }
}
