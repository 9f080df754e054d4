package cn.xingfu.canteen.card;

import cn.xingfu.canteen.shared.crypto.DataCipher;
import cn.xingfu.kernel.DomainException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The Ed25519 keys of the card tokens. The active key signs; every key ever used still verifies, so printed
 * cards survive a rotation. Keys live in {@code card_signing_key} so all service instances share them and they
 * survive restarts; a generated private key is stored encrypted with the data key.
 */
@Component
@EnableConfigurationProperties(CardProperties.class)
class CardKeyRing {

    static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(CardKeyRing.class);
    private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final DataCipher cipher;
    private final CardProperties properties;
    private final Clock clock;

    private volatile @Nullable Signer signer;
    private volatile Map<String, PublicKey> verifiers = Map.of();
    private volatile List<CardSigningKey> published = List.of();
    private volatile Instant loadedAt = Instant.EPOCH;

    CardKeyRing(
            JdbcTemplate jdbc,
            TransactionTemplate transactions,
            DataCipher cipher,
            CardProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.cipher = cipher;
        this.properties = properties;
        this.clock = clock;
    }

    /** The key id and private key that sign new tokens. */
    Signer signer() {
        Signer current = signer;
        if (current == null) {
            synchronized (this) {
                if (signer == null) {
                    initialize();
                }
                current = signer;
            }
        }
        return current;
    }

    /** The QR token of a card with the active key; the home canteen is the senior's current one. */
    String token(Card card, long homeCanteenId) {
        Signer current = signer();
        return CardToken.sign(current.keyId(), current.key(), card.id(), card.version(), homeCanteenId);
    }

    /** The public key with this id, or {@code null} if no such key was ever issued. */
    @Nullable
    PublicKey verifier(String keyId) {
        signer();
        PublicKey key = verifiers.get(keyId);
        if (key == null && clock.instant().isAfter(loadedAt.plus(RELOAD_AT_MOST_EVERY))) {
            // another instance may have rotated; reload, but not on every forged token
            synchronized (this) {
                reload();
            }
            key = verifiers.get(keyId);
        }
        return key;
    }

    /** All keys for kiosks to download: the active one and the older, verify-only ones. */
    List<CardSigningKey> keys() {
        signer();
        return published;
    }

    /** Makes a freshly generated key the active one; old keys keep verifying. */
    synchronized CardSigningKey rotate() {
        if (properties.configured()) {
            throw DomainException.conflict(
                    "CARD_KEY_CONFIGURED",
                    "签名密钥由配置文件提供，请在配置中轮换",
                    "The signing key comes from configuration; rotate it there");
        }
        signer();
        String keyId = nextKeyId();
        KeyPair pair = generate();
        insert(keyId, pair.getPublic(), cipher.encrypt(pair.getPrivate().getEncoded()));
        reload();
        log.info("Card signing key rotated: {} is now active", keyId);
        return published.stream()
                .filter(k -> k.keyId().equals(keyId))
                .findFirst()
                .orElseThrow();
    }

    private void initialize() {
        if (properties.configured()) {
            useConfiguredKey();
        } else if (activeRow() == null || activeRow().privateKeyEncrypted() == null) {
            KeyPair pair = generate();
            String keyId = nextKeyId();
            try {
                insert(keyId, pair.getPublic(), cipher.encrypt(pair.getPrivate().getEncoded()));
                log.info("Generated card signing key {} (stored encrypted in card_signing_key)", keyId);
            } catch (DuplicateKeyException e) {
                log.info("Another instance created card signing key {} first; using it", keyId);
            }
        }
        reload();
    }

    private void useConfiguredKey() {
        String keyId = properties.keyId() == null || properties.keyId().isBlank()
                ? "cfg1"
                : properties.keyId().trim();
        PrivateKey privateKey =
                privateKey(Base64.getDecoder().decode(properties.signingKey().trim()));
        PublicKey publicKey = publicKeyOf(privateKey);
        Row existing = row(keyId);
        if (existing != null) {
            if (!existing.publicKey().equals(encode(publicKey))) {
                throw new IllegalStateException("xingfu.cards.key-id " + keyId
                        + " is already used by a different key; give the new key a new id");
            }
            if (!existing.active()) {
                transactions.executeWithoutResult(tx -> activate(keyId));
            }
        } else {
            insert(keyId, publicKey, null);
            log.info("Card signing key {} from configuration registered", keyId);
        }
        this.signer = new Signer(keyId, privateKey);
    }

    private void insert(String keyId, PublicKey publicKey, byte @Nullable [] privateEncrypted) {
        transactions.executeWithoutResult(tx -> {
            Timestamp now = Timestamp.from(clock.instant());
            jdbc.update("update card_signing_key set active = false, retired_at = ? where active = true", now);
            jdbc.update(
                    "insert into card_signing_key (key_id, algorithm, public_key, private_key_enc, active, created_at) values (?, ?, ?, ?, true, ?)",
                    keyId,
                    ALGORITHM,
                    encode(publicKey),
                    privateEncrypted,
                    now);
        });
    }

    private void activate(String keyId) {
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.update("update card_signing_key set active = false, retired_at = ? where active = true", now);
        jdbc.update("update card_signing_key set active = true, retired_at = null where key_id = ?", keyId);
    }

    private void reload() {
        List<Row> rows = jdbc.query(
                "select key_id, public_key, private_key_enc, active from card_signing_key order by created_at",
                (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4)));
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (Row row : rows) {
            keys.put(row.keyId(), publicKey(Base64.getDecoder().decode(row.publicKey())));
        }
        this.verifiers = Map.copyOf(keys);
        this.published = rows.stream()
                .map(r -> new CardSigningKey(r.keyId(), ALGORITHM, r.publicKey(), r.active()))
                .toList();
        if (!properties.configured()) {
            rows.stream()
                    .filter(r -> r.active() && r.privateKeyEncrypted() != null)
                    .findFirst()
                    .ifPresent(r ->
                            this.signer = new Signer(r.keyId(), privateKey(cipher.decrypt(r.privateKeyEncrypted()))));
        }
        this.loadedAt = clock.instant();
    }

    private @Nullable Row activeRow() {
        return jdbc
                .query(
                        "select key_id, public_key, private_key_enc, active from card_signing_key where active = true",
                        (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4)))
                .stream()
                .findFirst()
                .orElse(null);
    }

    private @Nullable Row row(String keyId) {
        return jdbc
                .query(
                        "select key_id, public_key, private_key_enc, active from card_signing_key where key_id = ?",
                        (rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getBytes(3), rs.getBoolean(4)),
                        keyId)
                .stream()
                .findFirst()
                .orElse(null);
    }

    private String nextKeyId() {
        Integer count = jdbc.queryForObject("select count(*) from card_signing_key", Integer.class);
        return "k" + ((count == null ? 0 : count) + 1);
    }

    static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an Ed25519 PKCS#8 private key", e);
        }
    }

    static PublicKey publicKey(byte[] x509) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("not an Ed25519 public key", e);
        }
    }

    /**
     * The JDK has no API to derive an Ed25519 public key from a private one, but its key pair generator derives the
     * public key from 32 random seed bytes. Feeding it the private key's seed as "randomness" yields the matching
     * pair; the result is checked against the given private key.
     */
    static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = ((EdECPrivateKey) privateKey)
                .getBytes()
                .orElseThrow(() -> new IllegalStateException("the Ed25519 private key has no seed bytes"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(ALGORITHM);
            generator.initialize(255, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            KeyPair pair = generator.generateKeyPair();
            byte[] derivedSeed = ((EdECPrivateKey) pair.getPrivate()).getBytes().orElse(new byte[0]);
            if (!java.util.Arrays.equals(derivedSeed, seed)) {
                throw new IllegalStateException("could not derive the public key of the configured signing key");
            }
            return pair.getPublic();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    record Signer(String keyId, PrivateKey key) {}

    private record Row(String keyId, String publicKey, byte @Nullable [] privateKeyEncrypted, boolean active) {}
}
