package cn.xingfu.kiosk.scanning;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.TestCards;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScanningTests {

    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @TempDir
    Path dir;

    private static BufferedImage qr(String text, int size) throws Exception {
        BitMatrix matrix =
                new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 2));
        return MatrixToImageWriter.toBufferedImage(matrix);
    }

    @Test
    void keyboardScannerHandsOverOneLinePerEnter() {
        List<String> lines = new ArrayList<>();
        KeyboardScanBuffer buffer = new KeyboardScanBuffer(lines::add, 100 * MS);
        long t = 0;
        for (char c : "XF1.k1.abc.def".toCharArray()) {
            buffer.typed(String.valueOf(c), t += MS);
        }
        buffer.typed("\r", t += MS);
        buffer.typed("\n", t += MS);
        buffer.typed("XF1.k1.x.y\r", t += MS);
        assertThat(lines).containsExactly("XF1.k1.abc.def", "XF1.k1.x.y");
    }

    @Test
    void strayKeysBeforeAScanAreDropped() {
        List<String> lines = new ArrayList<>();
        KeyboardScanBuffer buffer = new KeyboardScanBuffer(lines::add, 100 * MS);
        buffer.typed("zz", 0);
        buffer.typed("\u0008", MS);
        buffer.typed("XF1.k1.a.b", 5_000 * MS);
        buffer.typed("\n", 5_001 * MS);
        assertThat(lines).containsExactly("XF1.k1.a.b");
    }

    @Test
    void decodesASignedCardFromAnImageFile() throws Exception {
        String token = new TestCards("k1").token(123456789L, 2, 1);
        Path file = dir.resolve("card.png");
        ImageIO.write(qr(token, 400), "png", file.toFile());
        assertThat(new QrImageDecoder().decode(file)).contains(token);
    }

    @Test
    void decodesACameraFrameWithTheCardOffCentre() throws Exception {
        String token = new TestCards("k1").token(77, 1, 1);
        BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = frame.createGraphics();
        g.setColor(new Color(0x80, 0x80, 0x70));
        g.fillRect(0, 0, 640, 480);
        g.drawImage(qr(token, 260), 300, 150, null);
        g.dispose();
        assertThat(new QrImageDecoder().decode(frame)).contains(token);
        assertThat(new QrImageDecoder().decode(new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB)))
                .isEmpty();
    }

    @Test
    void cameraReportsACardOnceWhileItIsHeldUp() throws Exception {
        List<String> scans = new ArrayList<>();
        CameraFrameScanner camera = new CameraFrameScanner(new QrImageDecoder(), scans::add, 2);
        BufferedImage card = qr("XF1.k1.a.b", 300);
        BufferedImage empty = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        camera.frame(card);
        camera.frame(card);
        camera.frame(empty);
        camera.frame(card);
        camera.frame(empty);
        camera.frame(empty);
        camera.frame(card);
        assertThat(scans).containsExactly("XF1.k1.a.b", "XF1.k1.a.b");
    }
}
