package cn.xingfu.canteen.menu;

import java.util.HashMap;
import java.util.Map;
import org.springframework.cache.annotation.Cacheable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which dishes have a picture, and its version: one small cached map, so a card scan adds no query for pictures.
 * Evicted with the menu caches after a picture changes.
 */
@Component
class PictureVersions {

    static final String CACHE = "dish-picture-versions";

    private final JdbcTemplate jdbc;

    PictureVersions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Cacheable(CACHE)
    public Map<Long, String> all() {
        Map<Long, String> versions = new HashMap<>();
        jdbc.query("SELECT dish_id, version FROM dish_picture", rs -> {
            versions.put(rs.getLong(1), rs.getString(2));
        });
        return Map.copyOf(versions);
    }
}
