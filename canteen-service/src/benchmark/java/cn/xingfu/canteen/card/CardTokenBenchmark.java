package cn.xingfu.canteen.card;

import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A card token's check: parse and verify the Ed25519 signature (what every scan and order paid before), against
 * the remembered answer of {@link VerifiedTokens} (what they pay now, after the first scan on an instance).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CardTokenBenchmark {

    private String token;
    private PublicKey publicKey;
    private VerifiedTokens remembered;

    @Setup
    public void sign() {
        KeyPair pair = CardKeyRing.generate();
        publicKey = pair.getPublic();
        token = CardToken.sign("k1", pair.getPrivate(), 60_808_433_893_376L, 1, 1);
        PublicKey key = publicKey;
        // only the public key lookup is needed; no database behind this key ring
        CardKeyRing keys = new CardKeyRing(null, null, null, new CardProperties(null, null), Clock.systemUTC()) {
            @Override
            PublicKey verifier(String keyId) {
                return key;
            }
        };
        remembered = new VerifiedTokens(keys, 20_000);
        remembered.verify(token);
    }

    @Benchmark
    public boolean parseAndVerifySignature() {
        return CardToken.parse(token).signedBy(publicKey);
    }

    @Benchmark
    public CardToken rememberedSignature() {
        return remembered.verify(token);
    }
}
