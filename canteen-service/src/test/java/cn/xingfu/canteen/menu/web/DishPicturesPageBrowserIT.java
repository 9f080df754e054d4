package cn.xingfu.canteen.menu.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.menu.DishPictures;
import cn.xingfu.canteen.menu.DishView;
import cn.xingfu.canteen.menu.MenuFixtures;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.menu.TestPictures;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.HeadlessChromium;
import cn.xingfu.kernel.Ids;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The staff dish-picture page in headless Chromium, signed in as a manager: uploads a picture through the file
 * field, is refused a damaged file with the server's words on the dish's card, replaces the picture and removes it
 * (asked twice, on the card). Each change is checked behind the page through {@link DishPictures}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DishPicturesPageBrowserIT {

    private static final Duration WAIT = Duration.ofSeconds(15);
    private static final String PASSWORD = "pictures-pass-1";

    @RegisterExtension
    static final HeadlessChromium chromium = HeadlessChromium.window(1280, 1000);

    @LocalServerPort
    int port;

    @Autowired
    MenuPlanning planning;

    @Autowired
    DishPictures pictures;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @TempDir
    Path files;

    @Test
    void aManagerUploadsReplacesAndRemovesADishPicture() throws IOException {
        DishView dish = MenuFixtures.aDish(planning, "8.50");
        String manager = "picmanager" + Ids.next();
        accounts.save(new Account(Ids.next(), manager, encoder.encode(PASSWORD), "测试负责人", Role.CANTEEN_MANAGER, 1L));

        browser().get("http://localhost:" + port + "/dishes.html");
        chromium.signIn(manager, PASSWORD);
        WebElement card = waitFor(By.cssSelector("article[data-dish='" + dish.id() + "']"));
        assertThat(card.getText()).contains(dish.name()).contains("暂无图片").contains("No picture");

        Path photo = Files.write(files.resolve("photo.jpg"), TestPictures.jpeg(1600, 1200));
        upload(dish.id(), photo);
        WebElement img = waitFor(By.cssSelector("img[data-picture='" + dish.id() + "']"));
        waitUntilLoaded(img);
        assertThat(cardOf(dish.id()).getText()).contains("图片已上传").contains("1280×960");
        String first = pictures.url(dish.id());
        assertThat(first).isNotNull();
        assertThat(img.getAttribute("src")).contains("size=small");

        Path damaged = Files.write(files.resolve("damaged.jpg"), "not really a photo".getBytes());
        upload(dish.id(), damaged);
        chromium.waitUpTo(WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("article[data-dish='" + dish.id() + "'] .card-message"),
                        "PICTURE_TYPE_UNSUPPORTED"));
        assertThat(cardOf(dish.id()).getText()).contains("只接受 JPEG 或 PNG").contains("Only JPEG or PNG");
        assertThat(pictures.url(dish.id())).as("nothing changed").isEqualTo(first);

        Path png = Files.write(files.resolve("new.png"), TestPictures.png(800, 600));
        upload(dish.id(), png);
        chromium.waitUpTo(WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("article[data-dish='" + dish.id() + "']"), "图片已更换"));
        waitUntilLoaded(waitFor(By.cssSelector("img[data-picture='" + dish.id() + "']")));
        assertThat(pictures.url(dish.id())).isNotEqualTo(first);
        chromium.screenshot("dish-pictures.png");

        WebElement remove = waitFor(By.cssSelector("button[data-remove='" + dish.id() + "']"));
        remove.click();
        assertThat(remove.getText()).contains("再按一次");
        assertThat(pictures.url(dish.id())).as("one press only asks").isNotNull();
        remove.click();
        chromium.waitUpTo(WAIT)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.cssSelector("article[data-dish='" + dish.id() + "']"), "图片已删除"));
        assertThat(cardOf(dish.id()).getText()).contains("暂无图片");
        assertThat(pictures.url(dish.id())).isNull();
    }

    private void upload(long dishId, Path file) {
        browser()
                .findElement(By.cssSelector("input[data-upload='" + dishId + "']"))
                .sendKeys(file.toAbsolutePath().toString());
    }

    private void waitUntilLoaded(WebElement img) {
        chromium.waitUpTo(WAIT)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                        .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img)));
    }

    private WebElement cardOf(long dishId) {
        return browser().findElement(By.cssSelector("article[data-dish='" + dishId + "']"));
    }

    private WebElement waitFor(By locator) {
        return chromium.waitUpTo(WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private WebDriver browser() {
        return chromium.driver();
    }
}
