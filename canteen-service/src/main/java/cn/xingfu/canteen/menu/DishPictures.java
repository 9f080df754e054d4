package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One picture per dish, uploaded by managers: checked and re-encoded ({@link PictureImages}), kept in the database
 * (every instance serves the same bytes) and named by a version that goes into its URL.
 */
@Service
@EnableConfigurationProperties(PictureSettings.class)
public class DishPictures {

    private static final String VIEW_SELECT =
            "SELECT dish_id, width, height, byte_size, version, uploaded_at, uploaded_by FROM dish_picture";

    private final JdbcTemplate jdbc;
    private final Dishes dishes;
    private final PictureVersions versions;
    private final MenuCacheEviction eviction;
    private final PictureSettings settings;
    private final Clock clock;

    DishPictures(
            JdbcTemplate jdbc,
            Dishes dishes,
            PictureVersions versions,
            MenuCacheEviction eviction,
            PictureSettings settings,
            Clock clock) {
        this.jdbc = jdbc;
        this.dishes = dishes;
        this.versions = versions;
        this.eviction = eviction;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Sets or replaces the picture of a dish. @throws DomainException MANAGER_ONLY (403), DISH_NOT_FOUND (404),
     * PICTURE_EMPTY, PICTURE_TOO_LARGE, PICTURE_TYPE_UNSUPPORTED, PICTURE_UNREADABLE, PICTURE_TOO_SMALL,
     * PICTURE_TOO_MANY_PIXELS (400)
     */
    @Transactional
    public DishPictureView store(long dishId, byte[] upload, @Nullable String contentType, Actor actor) {
        actor.requireManager();
        requireDish(dishId);
        PictureImages.Prepared picture = PictureImages.prepare(upload, contentType, settings.maxUploadBytes());
        Instant now = clock.instant();
        jdbc.update(
                """
                INSERT INTO dish_picture (dish_id, content, thumbnail, content_type, width, height, byte_size, version,
                                          uploaded_at, uploaded_by)
                VALUES (?, ?, ?, 'image/jpeg', ?, ?, ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE content = VALUES(content), thumbnail = VALUES(thumbnail),
                  content_type = VALUES(content_type), width = VALUES(width), height = VALUES(height),
                  byte_size = VALUES(byte_size), version = VALUES(version), uploaded_at = VALUES(uploaded_at),
                  uploaded_by = VALUES(uploaded_by)
                """,
                dishId,
                picture.content(),
                picture.thumbnail(),
                picture.width(),
                picture.height(),
                picture.content().length,
                picture.version(),
                Timestamp.from(now),
                actor.username());
        eviction.afterCommit();
        return find(dishId).orElseThrow();
    }

    /** Takes a dish's picture away; kiosks show the placeholder. @throws DomainException DISH_PICTURE_NOT_FOUND */
    @Transactional
    public void remove(long dishId, Actor actor) {
        actor.requireManager();
        requireDish(dishId);
        if (jdbc.update("DELETE FROM dish_picture WHERE dish_id = ?", dishId) == 0) {
            throw noPicture(dishId);
        }
        eviction.afterCommit();
    }

    @Transactional(readOnly = true)
    public Optional<DishPictureView> find(long dishId) {
        return jdbc.query(VIEW_SELECT + " WHERE dish_id = ?", DishPictures::view, dishId).stream()
                .findFirst();
    }

    @Transactional(readOnly = true)
    public List<DishPictureView> all() {
        return jdbc.query(VIEW_SELECT + " ORDER BY dish_id", DishPictures::view);
    }

    /** The stored bytes, the full picture or its thumbnail. @throws DomainException DISH_PICTURE_NOT_FOUND */
    @Transactional(readOnly = true)
    public StoredPicture content(long dishId, boolean thumbnail) {
        return jdbc
                .query(
                        "SELECT " + (thumbnail ? "thumbnail" : "content")
                                + ", content_type, version FROM dish_picture WHERE dish_id = ?",
                        (rs, n) -> new StoredPicture(rs.getBytes(1), rs.getString(2), rs.getString(3)),
                        dishId)
                .stream()
                .findFirst()
                .orElseThrow(() -> noPicture(dishId));
    }

    /** The picture's URL for a kiosk's menu, or null when the dish has none; served from a cache. */
    public @Nullable String url(long dishId) {
        String version = versions.all().get(dishId);
        return version == null ? null : url(dishId, version, false);
    }

    static String url(long dishId, String version, boolean thumbnail) {
        return "/api/dishes/" + dishId + "/picture?" + (thumbnail ? "size=small&" : "") + "v=" + version;
    }

    private void requireDish(long dishId) {
        if (!dishes.existsById(dishId)) {
            throw MenuPlanning.dishNotFound(dishId);
        }
    }

    private static DomainException noPicture(long dishId) {
        return DomainException.notFound("DISH_PICTURE_NOT_FOUND", "这道菜还没有图片", "Dish " + dishId + " has no picture");
    }

    private static DishPictureView view(ResultSet rs, int row) throws SQLException {
        long dishId = rs.getLong("dish_id");
        String version = rs.getString("version");
        return new DishPictureView(
                dishId,
                url(dishId, version, false),
                url(dishId, version, true),
                rs.getInt("width"),
                rs.getInt("height"),
                rs.getInt("byte_size"),
                version,
                rs.getTimestamp("uploaded_at").toInstant(),
                rs.getString("uploaded_by"));
    }
}
