package cn.xingfu.canteen.menu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.menu.DishPictures;
import cn.xingfu.canteen.menu.DishView;
import cn.xingfu.canteen.menu.MenuFixtures;
import cn.xingfu.canteen.menu.MenuPlanning;
import cn.xingfu.canteen.menu.TestPictures;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.support.StaffAccounts;
import cn.xingfu.kernel.Ids;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Dish pictures over HTTP: a manager uploads, replaces and removes; kiosks and staff read with caching headers;
 * anything that is not a usable JPEG/PNG, or comes from someone else, is refused in words and changes nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DishPicturesIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    MenuPlanning planning;

    @Autowired
    DishPictures pictures;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    StaffAccounts staff;
    RequestPostProcessor manager;
    long canteen = 1;

    @BeforeEach
    void setUp() {
        staff = new StaffAccounts(accounts, encoder);
        manager = staff.login(Role.CANTEEN_MANAGER, canteen);
    }

    @Test
    void aManagerUploadsAPictureThatKiosksReadAndCacheUntilItIsReplaced() throws Exception {
        DishView dish = MenuFixtures.aDish(planning, "9.00");
        assertThat(pictures.url(dish.id())).isNull();

        JsonNode first = upload(dish.id(), TestPictures.jpeg(1600, 1200), "image/jpeg", manager, 200);
        assertThat(first.path("width").asInt()).isEqualTo(1280);
        assertThat(first.path("height").asInt()).isEqualTo(960);
        String url = first.path("url").asString();
        assertThat(url).startsWith("/api/dishes/" + dish.id() + "/picture?v=");
        assertThat(pictures.url(dish.id())).as("the kiosk menu's URL").isEqualTo(url);

        var kiosk = staff.login(Role.KIOSK, canteen);
        MvcResult served = mvc.perform(get(url).with(kiosk))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("Cache-Control", "max-age=31536000, private, immutable"))
                .andReturn();
        String etag = served.getResponse().getHeader("ETag");
        BufferedImage image = TestPictures.read(served.getResponse().getContentAsByteArray());
        assertThat(image.getWidth()).isEqualTo(1280);
        mvc.perform(get(url).with(kiosk).header("If-None-Match", etag)).andExpect(status().isNotModified());
        byte[] thumbnail = mvc.perform(
                        get(first.path("thumbnailUrl").asString()).with(kiosk))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(TestPictures.read(thumbnail).getWidth()).isEqualTo(360);

        JsonNode second = upload(dish.id(), TestPictures.png(800, 600), "image/png", manager, 200);
        assertThat(second.path("url").asString()).isNotEqualTo(url);
        assertThat(pictures.url(dish.id())).isEqualTo(second.path("url").asString());
        mvc.perform(get(url).with(kiosk))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "no-cache, private"));
        mvc.perform(get(url).with(kiosk).header("If-None-Match", etag)).andExpect(status().isOk());
        mvc.perform(get("/api/dishes/pictures").with(staff.login(Role.CANTEEN_STAFF, canteen)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.dishId == " + dish.id() + ")].width").value(800));

        mvc.perform(delete("/api/dishes/{id}/picture", dish.id()).with(manager)).andExpect(status().isNoContent());
        assertThat(pictures.url(dish.id())).isNull();
        mvc.perform(get(url).with(kiosk))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("DISH_PICTURE_NOT_FOUND"));
        mvc.perform(delete("/api/dishes/{id}/picture", dish.id()).with(manager))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("DISH_PICTURE_NOT_FOUND"));
    }

    @Test
    void refusalsAreInWordsAndChangeNothing() throws Exception {
        DishView dish = MenuFixtures.aDish(planning, "6.00");
        upload(dish.id(), TestPictures.jpeg(640, 480), "image/jpeg", manager, 200);
        String before = pictures.url(dish.id());

        JsonNode gif = upload(dish.id(), "GIF89a-not-a-picture".getBytes(), "image/gif", manager, 400);
        assertThat(gif.path("code").asString()).isEqualTo("PICTURE_TYPE_UNSUPPORTED");
        assertThat(gif.path("messageZh").asString()).contains("JPEG");
        assertThat(gif.path("messageEn").asString()).contains("JPEG");
        assertThat(upload(dish.id(), new byte[9 * 1024 * 1024], "image/jpeg", manager, 400)
                        .path("code")
                        .asString())
                .isEqualTo("PICTURE_TOO_LARGE");
        assertThat(upload(dish.id(), new byte[11 * 1024 * 1024], "image/jpeg", manager, 413)
                        .path("code")
                        .asString())
                .as("stopped before the body is read")
                .isEqualTo("BODY_TOO_LARGE");
        assertThat(upload(
                                dish.id(),
                                TestPictures.jpeg(640, 480),
                                "image/jpeg",
                                staff.login(Role.CANTEEN_STAFF, canteen),
                                403)
                        .path("code")
                        .asString())
                .isEqualTo("MANAGER_ONLY");
        assertThat(upload(dish.id(), TestPictures.jpeg(640, 480), "image/jpeg", staff.login(Role.KIOSK, canteen), 403)
                        .path("code")
                        .asString())
                .isEqualTo("MANAGER_ONLY");
        assertThat(upload(Ids.next(), TestPictures.jpeg(640, 480), "image/jpeg", manager, 404)
                        .path("code")
                        .asString())
                .isEqualTo("DISH_NOT_FOUND");
        assertThat(pictures.url(dish.id())).isEqualTo(before);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dish_picture WHERE dish_id = ?", Integer.class, dish.id()))
                .isEqualTo(1);
        mvc.perform(get(before)).andExpect(status().isUnauthorized());
    }

    private JsonNode upload(long dishId, byte[] body, String type, RequestPostProcessor who, int expected)
            throws Exception {
        String answer = mvc.perform(put("/api/dishes/{id}/picture", dishId)
                        .with(who)
                        .contentType(type)
                        .content(body))
                .andExpect(status().is(expected))
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        return JSON.readTree(answer);
    }
}
