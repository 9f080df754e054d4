package cn.xingfu.canteen.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.senior.RegisteredSenior;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation of the seniors' field key on the shared test schema: to a new key and back, so the rest of the run
 * (which knows only k0) finds the data as it was.
 */
@SpringBootTest
class SeniorKeyRotationIT {

    static final String NEW_KEY = Base64.getEncoder().encodeToString(new byte[32]);

    @Autowired
    SeniorRegistry registry;

    @Autowired
    FieldCipher current;

    @Autowired
    CryptoProperties properties;

    @Autowired
    List<EncryptedColumns> tables;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void seniorsFieldsMoveToTheNewKeyAndStayReadableUnderBoth() {
        long canteen = Ids.next();
        Actor manager = new Actor(Ids.next(), "rotation-manager", Role.CANTEEN_MANAGER, canteen);
        RegisteredSenior senior = registry.register(SeniorFixtures.registration("郑秀兰", canteen), manager);
        long id = senior.senior().id();
        String before = rawAddress(id);
        assertThat(before).startsWith("xf1:k0:");

        Map<String, String> both = Map.of("k0", properties.dataKey(), "k2", NEW_KEY);
        FieldCipher toK2 = new FieldCipher(both, "k2", properties.dataKey());
        FieldCipher backToK0 = new FieldCipher(both, "k0", properties.dataKey());
        try {
            assertThat(job(toK2).rotateAll()).isPositive();
            assertThat(job(toK2).pending()).isZero();
            String after = rawAddress(id);
            assertThat(after).startsWith("xf1:k2:");
            assertThat(toK2.decrypt(after)).isEqualTo("江津区几江街道测试路 1 号");
            assertThat(backToK0.decrypt(after)).isEqualTo("江津区几江街道测试路 1 号");
            assertThatThrownBy(() -> current.decrypt(after)).hasMessageContaining("key id 'k2'");
        } finally {
            job(backToK0).rotateAll();
        }
        assertThat(job(backToK0).pending()).isZero();
        assertThat(current.decrypt(rawAddress(id))).isEqualTo("江津区几江街道测试路 1 号");
    }

    KeyRotationJob job(FieldCipher cipher) {
        return new KeyRotationJob(
                cipher, tables, jdbc, transactions, new CryptoProperties(properties.dataKey(), Map.of(), "", 50));
    }

    String rawAddress(long seniorId) {
        return jdbc.sql("SELECT address FROM senior WHERE id = ?")
                .param(seniorId)
                .query(String.class)
                .single();
    }
}
