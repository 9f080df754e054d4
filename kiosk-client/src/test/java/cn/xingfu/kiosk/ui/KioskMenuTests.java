package cn.xingfu.kiosk.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.kiosk.FakeCanteenService;
import cn.xingfu.kiosk.FakeMenus;
import cn.xingfu.kiosk.TestCards;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.ImageView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * A lunch of 20 dishes with long names, many allergens and long warnings: pages of tiles with big buttons instead of
 * scrollbars, every word inside its tile in both languages, pictures (and a placeholder without), the senior's own
 * price as the largest figure, and portions for takeaway.
 */
class KioskMenuTests {

    private static final int DISHES = 20;

    @TempDir
    Path dataDir;

    private final TestCards cards = new TestCards("k1");
    private final FakeCanteenService service = FakeCanteenService.start(cards);
    private KioskUi kiosk;

    @AfterEach
    void close() {
        if (kiosk != null) {
            kiosk.close();
        }
        service.close();
    }

    private void scanBigMenu() {
        service.bigMenu(130, DISHES);
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir));
        kiosk.waitForText("connection", "联网正常");
        kiosk.scan(cards.token(130, 1, 1));
        kiosk.waitForText("senior-name", "张*丰");
    }

    @Test
    void twentyDishesArePagesOfTilesWhoseTextFitsInBothLanguages() {
        scanBigMenu();
        await().atMost(Duration.ofSeconds(20))
                .until(() -> kiosk.onFx(() -> kiosk.session().images().size()) == DISHES / 2);
        assertThat(kiosk.onFx(() -> scrollers(kiosk.view().root())))
                .as("no scrollbars")
                .isEmpty();
        assertThat(kiosk.onFx(() -> kiosk.view().menuPages())).isGreaterThan(1);
        assertThat(kiosk.onFx(() -> kiosk.node("page-previous").isVisible())).isFalse();
        kiosk.checkSeniorFriendly();
        assertThat(everyPage("中文")).as("each dish on exactly one page").hasSize(DISHES);

        kiosk.tap("language");
        kiosk.waitForText("senior-name", "Hello");
        assertThat(kiosk.onFx(() -> kiosk.view().menuPage()))
                .as("the language switch keeps the page")
                .isPositive();
        while (kiosk.onFx(() -> kiosk.view().menuPage()) > 0) {
            kiosk.tap("page-previous");
        }
        assertThat(everyPage("English")).hasSize(DISHES);
        kiosk.screenshot("kiosk-menu-english.png");
    }

    /** Visits every page with the next button, checking each shown tile; returns the dishes seen. */
    private Set<Long> everyPage(String language) {
        Set<Long> seen = new LinkedHashSet<>();
        while (true) {
            List<Long> shown = kiosk.onFx(() -> kiosk.view().shownDishes());
            for (long id : shown) {
                assertThat(seen.add(id)).as("dish %s shown twice", id).isTrue();
                List<String> problems = kiosk.onFx(() -> tileProblems(kiosk.node("dish-" + id)));
                assertThat(problems).as("%s tile %s", language, id).isEmpty();
            }
            kiosk.checkSeniorFriendly();
            if (!kiosk.onFx(() -> kiosk.node("page-next").isVisible())) {
                return seen;
            }
            kiosk.tap("page-next");
        }
    }

    /** Texts cut off (an ellipsis instead of the words), spilling out of the tile, a tile off the screen. */
    private static List<String> tileProblems(Node tile) {
        List<String> problems = new ArrayList<>();
        Bounds box = tile.localToScene(tile.getBoundsInLocal());
        Bounds side = tile.getScene()
                .lookup("#place-order")
                .localToScene(tile.getScene().lookup("#place-order").getBoundsInLocal());
        if (box.getMinX() < 0 || box.getMaxY() > KioskView.HEIGHT - 88 || box.getMaxX() > side.getMinX()) {
            problems.add("tile " + tile.getId() + " lies outside the menu area: " + box);
        }
        double biggest = 0;
        double pay = 0;
        for (Node node : all(tile)) {
            if (!(node instanceof Labeled labeled)
                    || !node.isVisible()
                    || labeled.getText().isEmpty()) {
                continue;
            }
            Text shown = (Text) labeled.lookup(".text");
            if (shown != null
                    && !shown.getText()
                            .replace("\n", "")
                            .equals(labeled.getText().replace("\n", ""))) {
                problems.add("'" + labeled.getText() + "' is shown as '" + shown.getText() + "'");
            }
            Bounds b = labeled.localToScene(labeled.getLayoutBounds());
            if (b.getMaxX() > box.getMaxX() + 0.5 || b.getMaxY() > box.getMaxY() + 0.5) {
                problems.add("'" + labeled.getText() + "' spills out of its tile");
            }
            biggest = Math.max(biggest, labeled.getFont().getSize());
            if (labeled.getId() != null && labeled.getId().startsWith("dish-pay-")) {
                pay = labeled.getFont().getSize();
            }
        }
        if (pay < biggest) {
            problems.add("the senior's price (" + pay + " px) is not the largest text (" + biggest + " px)");
        }
        return problems;
    }

    @Test
    void picturesShowFromTheKiosksOwnCopyAndAPlaceholderWithout() {
        scanBigMenu();
        long withPicture = FakeMenus.id(0);
        long without = FakeMenus.id(1);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        kiosk.onFx(() -> ((ImageView) kiosk.node("dish-picture-" + withPicture)).getImage() != null));
        assertThat(kiosk.onFx(
                        () -> kiosk.node("dish-placeholder-" + withPicture).isVisible()))
                .isFalse();
        assertThat(kiosk.text("dish-placeholder-" + without)).isEqualTo("暂无图片");
        assertThat(kiosk.onFx(() -> kiosk.node("dish-placeholder-" + without).isVisible()))
                .isTrue();
        assertThat(kiosk.onFx(() -> kiosk.node("allergen-FISH") != null)).isTrue();
        int downloads = service.pictureDownloads().size();
        assertThat(downloads).isEqualTo(DISHES / 2);

        // the next senior, and the one after the service went away, get the pictures from the kiosk's disk
        kiosk.tap("cancel");
        service.stop();
        kiosk.close();
        kiosk = KioskUi.start(KioskUi.config(service.url(), dataDir));
        kiosk.scan(cards.token(130, 1, 1));
        kiosk.waitForText("offline-banner", "价格待确认");
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        kiosk.onFx(() -> ((ImageView) kiosk.node("dish-picture-" + withPicture)).getImage() != null));
        assertThat(service.pictureDownloads()).hasSize(downloads);
    }

    @Test
    void takeawayTakesSeveralPortionsOfADish() {
        scanBigMenu();
        long rice = FakeMenus.id(4);
        kiosk.tap("channel-TAKEAWAY");
        kiosk.tapDish(rice);
        kiosk.waitForText("dish-state-" + rice, "已选 1 份");
        kiosk.tap("dish-more-" + rice);
        kiosk.tap("dish-more-" + rice);
        kiosk.waitForText("dish-portions-" + rice, "3");
        assertThat(kiosk.text("dish-state-" + rice))
                .as("the step did not un-choose the dish")
                .contains("已选 3 份");
        kiosk.tap("dish-less-" + rice);
        kiosk.waitForText("dish-portions-" + rice, "2");
        kiosk.waitForText("total-pay", "您付");
        kiosk.checkSeniorFriendly();
        kiosk.screenshot("kiosk-menu.png");
        kiosk.tap("place-order");
        kiosk.waitForText("confirm-title", "下单成功");
        JsonNode order = service.orders().get(0);
        assertThat(order.path("channel").asString()).isEqualTo("TAKEAWAY");
        JsonNode posted = service.orderBodies().get(0);
        assertThat(posted.path("items").get(0).path("quantity").asInt()).isEqualTo(2);
    }

    private static List<Node> scrollers(Parent root) {
        return all(root).stream()
                .filter(n -> n.isVisible() && (n instanceof ScrollPane || n instanceof ScrollBar))
                .toList();
    }

    private static List<Node> all(Node node) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node);
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                nodes.addAll(all(child));
            }
        }
        return nodes;
    }
}
