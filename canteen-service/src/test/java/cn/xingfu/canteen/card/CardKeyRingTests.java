package cn.xingfu.canteen.card;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.shared.crypto.DataCipher;
import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Key handling across "instances" (several key rings on one database) and with a configured key. */
class CardKeyRingTests {

    /** What `openssl genpkey -algorithm ed25519 -outform DER | base64 -w0` prints. */
    private static final String OPENSSL_KEY = "MC4CAQAwBQYDK2VwBCIEIF1b3CIALZvhV5go7EtKPXKTxu6nb33lyPmTeB9zI8Xi";

    private final DataCipher cipher = DataCipher.of(DataCipher.DEVELOPMENT_KEY);
    private JdbcTemplate jdbc;
    private TransactionTemplate transactions;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:keys-" + UUID.randomUUID()
                        + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                "sa",
                "");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        jdbc = new JdbcTemplate(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void generatesOneKeySharedByAllInstancesAndKeepsItEncrypted() {
        CardKeyRing first = ring(null, null);
        CardKeyRing second = ring(null, null);
        assertThat(first.signer().keyId()).isEqualTo("k1");
        assertThat(second.signer().keyId()).isEqualTo("k1");
        String token = CardToken.sign("k1", first.signer().key(), 1, 1, 1);
        assertThat(CardToken.parse(token).signedBy(second.verifier("k1"))).isTrue();
        byte[] stored =
                jdbc.queryForObject("select private_key_enc from card_signing_key where key_id = 'k1'", byte[].class);
        assertThat(stored).isNotEqualTo(first.signer().key().getEncoded());
        assertThat(cipher.decrypt(stored)).isEqualTo(first.signer().key().getEncoded());
        assertThat(second.verifier("nope")).isNull();
    }

    @Test
    void aConfiguredKeyTakesOverAndOlderKeysStillVerify() {
        CardKeyRing generated = ring(null, null);
        String oldToken = CardToken.sign("k1", generated.signer().key(), 1, 1, 1);

        CardKeyRing configured = ring(OPENSSL_KEY, "prod1");
        assertThat(configured.signer().keyId()).isEqualTo("prod1");
        assertThat(CardToken.parse(oldToken).signedBy(configured.verifier("k1")))
                .isTrue();
        assertThat(configured.keys())
                .extracting(CardSigningKey::keyId, CardSigningKey::active)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("k1", false),
                        org.assertj.core.groups.Tuple.tuple("prod1", true));
        String newToken = CardToken.sign("prod1", configured.signer().key(), 2, 1, 1);
        CardSigningKey published = configured.keys().get(1);
        assertThat(CardToken.parse(newToken)
                        .signedBy(CardKeyRing.publicKey(Base64.getDecoder().decode(published.publicKey()))))
                .isTrue();
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_signing_key where private_key_enc is null", Integer.class))
                .isEqualTo(1);
        assertThatThrownBy(configured::rotate).hasMessageContaining("CARD_KEY_CONFIGURED");
    }

    @Test
    void refusesToReuseAKeyIdForADifferentKey() {
        ring(OPENSSL_KEY, "prod1").signer();
        String other = Base64.getEncoder()
                .encodeToString(CardKeyRing.generate().getPrivate().getEncoded());
        assertThatThrownBy(() -> ring(other, "prod1").signer())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already used");
    }

    @Test
    void rotationSignsWithANewKeyAndKeepsTheOldOne() {
        CardKeyRing ring = ring(null, null);
        String oldToken = CardToken.sign("k1", ring.signer().key(), 1, 1, 1);
        CardSigningKey rotated = ring.rotate();
        assertThat(rotated.keyId()).isEqualTo("k2");
        assertThat(ring.signer().keyId()).isEqualTo("k2");
        assertThat(CardToken.parse(oldToken).signedBy(ring.verifier("k1"))).isTrue();
        // another instance started after the rotation signs with the new key too
        assertThat(ring(null, null).signer().keyId()).isEqualTo("k2");
    }

    private CardKeyRing ring(String key, String keyId) {
        return new CardKeyRing(jdbc, transactions, cipher, new CardProperties(key, keyId), Clock.systemUTC());
    }
}
