package cn.xingfu.canteen.standing;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.HeadlessChromium;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The standing-orders page in headless Chromium, as the canteen's staff: finds a senior, books a weekday lunch for
 * them through the form (checked behind the page), and sees a failed slot with its reason to call the senior.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StandingOrdersPageBrowserIT {

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1000);

    @LocalServerPort
    int port;

    @Autowired
    StandingWorld world;

    @Autowired
    StandingOrderBook book;

    @Autowired
    StandingOrderGenerator generator;

    @AfterEach
    void release() {
        world.release();
    }

    @Test
    void staffBookAStandingOrderAndSeeWhatCouldNotBePlaced() {
        StandingWorld.Canteen canteen = world.canteen();
        canteen.usualLunch(StandingWorld.TUESDAY);
        long broke = canteen.senior("0");
        canteen.weekdayLunch(broke);
        generator.generate(canteen.id(), StandingWorld.TUESDAY);
        long senior = canteen.senior("50.00");
        String staff = canteen.login(Role.CANTEEN_STAFF);

        WebDriver browser = chromium.driver();
        browser.get("http://localhost:" + port + "/standing-orders.html?canteenId=" + canteen.id());
        chromium.signIn(staff, StandingWorld.PASSWORD);
        chromium.waitUpTo(Duration.ofSeconds(15))
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-loaded")));
        assertThat(browser.findElement(By.cssSelector("#failures tr[data-code=WALLET_INSUFFICIENT]"))
                        .getText())
                .contains("余额不足")
                .contains("Not enough money");

        browser.findElement(By.id("q")).sendKeys("长期订餐老人", Keys.TAB);
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(d -> d.findElements(By.cssSelector("#senior option[value='" + senior + "']"))
                                .size()
                        == 1);
        new Select(browser.findElement(By.id("senior"))).selectByValue(String.valueOf(senior));
        new Select(browser.findElement(By.id("channel"))).selectByValue("TAKEAWAY");
        browser.findElement(By.cssSelector("#weekdays input[value=FRIDAY]")).click();
        browser.findElement(By.cssSelector("#book button[type=submit]")).click();
        chromium.waitUpTo(Duration.ofSeconds(10))
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#orders tbody tr"), 2));

        assertThat(book.ofSenior(senior, canteen.manager)).singleElement().satisfies(order -> {
            assertThat(order.channel().name()).isEqualTo("TAKEAWAY");
            assertThat(order.weekdays().stream().map(Enum::name))
                    .containsExactlyInAnyOrder("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY");
            assertThat(order.categories()).containsExactly("荤菜", "素菜");
            assertThat(order.active()).isTrue();
        });
    }
}
