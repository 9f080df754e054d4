package cn.xingfu.canteen.card;

import java.security.KeyPair;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Rendering a card's QR code as the PNG that {@code GET /api/cards/{id}/qr.png} and the card sheet use. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class QrCodesBenchmark {

    private String token;

    @Setup
    public void sign() {
        KeyPair pair = CardKeyRing.generate();
        token = CardToken.sign("k1", pair.getPrivate(), 60_808_433_893_376L, 1, 1);
    }

    @Benchmark
    public byte[] png300() {
        return QrCodes.png(token, 300);
    }
}
