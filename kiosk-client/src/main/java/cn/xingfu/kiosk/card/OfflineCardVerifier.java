package cn.xingfu.kiosk.card;

import cn.xingfu.kiosk.canteen.CardKeys;
import cn.xingfu.kiosk.canteen.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks a card while the service is unreachable: the Ed25519 signature must verify with a cached key, and the
 * card's home canteen must be this kiosk's. Blocks are unknown offline; the service decides at replay.
 */
public final class OfflineCardVerifier {

    private final Path cacheFile;
    private volatile Map<String, PublicKey> keys = Map.of();

    public OfflineCardVerifier(Path cacheFile) {
        this.cacheFile = cacheFile;
        if (Files.exists(cacheFile)) {
            try {
                keys = decode(Json.mapper().readValue(Files.readAllBytes(cacheFile), CardKeys.class));
            } catch (IOException | RuntimeException e) {
                keys = Map.of();
            }
        }
    }

    /** Remembers the service's current keys, on disk too, for the next time the service is away. */
    public synchronized void update(CardKeys fresh) {
        Map<String, PublicKey> decoded = decode(fresh);
        try {
            Files.createDirectories(cacheFile.toAbsolutePath().getParent());
            Path tmp = cacheFile.resolveSibling(cacheFile.getFileName() + ".tmp");
            Files.write(tmp, Json.mapper().writeValueAsBytes(fresh));
            Files.move(tmp, cacheFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        keys = decoded;
    }

    public boolean hasKeys() {
        return !keys.isEmpty();
    }

    public CardToken verify(String qr, long canteenId) {
        CardToken token = CardToken.parse(qr);
        PublicKey key = keys.get(token.keyId());
        if (key == null || !signatureValid(key, token)) {
            throw CardRejectedException.forged();
        }
        if (token.homeCanteenId() != canteenId) {
            throw CardRejectedException.outOfScope();
        }
        return token;
    }

    private static boolean signatureValid(PublicKey key, CardToken token) {
        try {
            Signature signature = Signature.getInstance("Ed25519");
            signature.initVerify(key);
            signature.update(token.signedBytes());
            return signature.verify(token.signature());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static Map<String, PublicKey> decode(CardKeys cardKeys) {
        Map<String, PublicKey> decoded = new HashMap<>();
        for (CardKeys.CardKey key : cardKeys.keys()) {
            if (!"Ed25519".equalsIgnoreCase(key.algorithm())) {
                continue;
            }
            try {
                byte[] der = Base64.getDecoder().decode(key.publicKey());
                decoded.put(key.keyId(), KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der)));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a key we cannot read verifies nothing
            }
        }
        return Map.copyOf(decoded);
    }
}
