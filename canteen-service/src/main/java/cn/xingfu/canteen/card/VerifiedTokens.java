package cn.xingfu.canteen.card;

import cn.xingfu.kernel.DomainException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.PublicKey;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Remembers which token strings carried a genuine signature, so a senior's card costs one Ed25519 verification
 * per service instance instead of one per scan and per order.
 *
 * <p>Only the signature is remembered, never the card's state: whether the card is still the current version, not
 * blocked and valid at this canteen is read from the database on every use, so a blocked or re-issued card is
 * refused at once on every instance. The remembered answer cannot go stale: a token's text never changes and a
 * public key is never withdrawn (rotation only adds keys). A forged or malformed token is never remembered, so
 * each one pays the full check.
 */
@Component
class VerifiedTokens {

    private final CardKeyRing keys;
    private final Cache<String, CardToken> genuine;

    VerifiedTokens(CardKeyRing keys, @Value("${xingfu.cards.verified-tokens:20000}") int capacity) {
        this.keys = keys;
        // a few hundred bytes per token: 20,000 (about a district's seniors) stay within a few MB
        this.genuine = Caffeine.newBuilder().maximumSize(capacity).build();
    }

    /**
     * The parsed token when its signature is genuine.
     *
     * @throws DomainException CARD_FORGED for a malformed token, an unknown key or a bad signature
     */
    CardToken verify(String raw) {
        String text = raw == null ? "" : raw.strip();
        CardToken known = genuine.getIfPresent(text);
        if (known != null) {
            return known;
        }
        CardToken token = CardToken.parse(text);
        PublicKey key = keys.verifier(token.keyId());
        if (key == null || !token.signedBy(key)) {
            throw CardToken.forged();
        }
        genuine.put(text, token);
        return token;
    }

    long size() {
        return genuine.estimatedSize();
    }
}
