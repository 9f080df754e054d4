package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.crypto.FieldCipher;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.FoodSetColumns;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.kernel.Masking;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A senior's {@link SeniorProfile} read with one plain query, the senior joined with the status periods, for every
 * scan and order. Loading the {@link Senior} entity instead decrypted the phone, the address, the position, the
 * contacts' phones and the delivery notes each time, none of which a profile carries, and cost a sixth of an order's
 * CPU through Hibernate (docs/performance.md). Only the status names are envelopes here. It must produce exactly what
 * {@link Senior#toProfile()} does ({@code ProfileRowsIT} compares both).
 */
@Component
class ProfileRows {

    private static final String PROFILE = """
            SELECT s.id, s.name, s.gender, s.date_of_birth, s.home_canteen_id, s.lifecycle,
                   s.dietary_tags, s.allergens, s.texture,
                   st.status, st.source, st.valid_from, st.valid_to
              FROM senior s
              LEFT JOIN senior_status st ON st.senior_id = s.id
             WHERE s.id = ?
             ORDER BY st.valid_from, st.id""";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    ProfileRows(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    /** The profile without consent withholding applied (the directory applies it). */
    Optional<SeniorProfile> find(long seniorId) {
        return jdbc.sql(PROFILE).param(seniorId).query(this::extract);
    }

    private Optional<SeniorProfile> extract(ResultSet rs) throws SQLException {
        if (!rs.next()) {
            return Optional.empty();
        }
        long id = rs.getLong("id");
        String name = rs.getString("name");
        String gender = rs.getString("gender");
        LocalDate born = rs.getObject("date_of_birth", LocalDate.class);
        long homeCanteenId = rs.getLong("home_canteen_id");
        Lifecycle lifecycle = Lifecycle.valueOf(rs.getString("lifecycle"));
        DietaryNeeds dietary = new DietaryNeeds(
                Set.copyOf(FoodSetColumns.read(rs.getString("dietary_tags"), DietaryTag.class)),
                Set.copyOf(FoodSetColumns.read(rs.getString("allergens"), Allergen.class)),
                Texture.valueOf(rs.getString("texture")));
        List<StatusPeriod> statuses = new ArrayList<>();
        do {
            String status = rs.getString("status");
            if (status != null) {
                statuses.add(new StatusPeriod(
                        EligibilityStatus.valueOf(cipher.decrypt(status)),
                        rs.getString("source"),
                        rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)));
            }
        } while (rs.next());
        return Optional.of(new SeniorProfile(
                id,
                name,
                Masking.name(name),
                gender,
                born,
                homeCanteenId,
                lifecycle,
                List.copyOf(statuses),
                dietary,
                Set.of(),
                List.of()));
    }
}
