package cn.xingfu.canteen.site;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.standing.StandingWorld;
import cn.xingfu.canteen.support.Http;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * A kiosk on the eve of a closure: its own answers carry the closure notice for the meal it offers (tomorrow's
 * lunch), a scan answers with the notice's words, the menu of that day is gone, and the day after opens again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class KioskClosureIT {

    @LocalServerPort
    int port;

    @Autowired
    StandingWorld world;

    @Autowired
    ServiceCalendar calendar;

    @AfterEach
    void release() {
        world.release();
    }

    @Test
    void theKioskSaysWhyThereAreNoMealsAndWhenTheyComeBack() {
        StandingWorld.Canteen canteen = world.canteen();
        canteen.usualLunch(StandingWorld.TUESDAY);
        String kiosk = canteen.login(Role.KIOSK);
        Http http = new Http(port);
        assertThat(http.get("/api/kiosk/me", kiosk, StandingWorld.PASSWORD)
                        .json()
                        .has("closure"))
                .isFalse();

        calendar.close(canteen.id(), StandingWorld.TUESDAY, "清明节", "Qingming festival", canteen.manager);

        JsonNode me = http.get("/api/kiosk/me", kiosk, StandingWorld.PASSWORD).json();
        assertThat(me.get("serviceDate").asString()).isEqualTo(StandingWorld.TUESDAY.toString());
        JsonNode closure = me.get("closure");
        assertThat(closure.get("kind").asString()).isEqualTo("CLOSED");
        assertThat(closure.get("reopensOn").asString())
                .isEqualTo(StandingWorld.TUESDAY.plusDays(1).toString());
        assertThat(closure.get("messageZh").asString()).isEqualTo("本食堂3月4日（清明节）不供餐，3月5日恢复供餐。");
        assertThat(closure.get("messageEn").asString())
                .isEqualTo("No meals on 4 March (Qingming festival); meals again from 5 March.");
        JsonNode menu =
                http.get("/api/kiosk/menu", kiosk, StandingWorld.PASSWORD).json();
        assertThat(menu.get("items")).isEmpty();
        assertThat(menu.get("closure").get("reasonEn").asString()).isEqualTo("Qingming festival");

        Http.Answer scan =
                http.post("/api/kiosk/scan", kiosk, StandingWorld.PASSWORD, Map.of("qr", "XF1.k1.x.y"), Map.of());
        assertThat(scan.status()).isEqualTo(422);
        assertThat(scan.code()).isEqualTo("CANTEEN_CLOSED_ON_DATE");
        assertThat(scan.body()).contains("清明节").contains("Qingming festival");

        Http.Answer refused = http.get(
                "/api/canteens/" + canteen.id() + "/calendar/" + StandingWorld.TUESDAY + "/notice",
                canteen.login(Role.CANTEEN_STAFF),
                StandingWorld.PASSWORD);
        assertThat(refused.status()).isEqualTo(200);
    }
}
