package cn.xingfu.canteen.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Reading a card's QR code from what a phone camera sends: a frame with the card somewhere in it, or nothing. */
class CardImagesTests {

    private final java.security.KeyPair pair = CardKeyRing.generate();

    @Test
    void readsTheTokenFromAJpegFrameWithTheCardTiltedOnADesk() throws IOException {
        // signatures are random, and some QR payloads are harder to read than others: many keys, many payloads
        for (int i = 0; i < 50; i++) {
            java.security.KeyPair pair = i < 10 ? this.pair : CardKeyRing.generate();
            String token = CardToken.sign("k1", pair.getPrivate(), 70_000_000_000_000L + i, 1, 70_000_000_000L + i);
            BufferedImage card = ImageIO.read(new ByteArrayInputStream(QrCodes.png(token, 240)));
            BufferedImage frame = new BufferedImage(640, 480, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(new Color(0x8c7b6a));
            g.fillRect(0, 0, 640, 480);
            AffineTransform place = new AffineTransform();
            place.translate(150 + 10 * (i % 10), 100);
            place.rotate(Math.toRadians(-8 + 2 * (i % 10)), 120, 120);
            g.drawImage(card, place, null);
            g.dispose();

            assertThat(CardImages.qrText(jpeg(frame))).as("frame " + i).contains(token);
        }
    }

    @Test
    void aFrameWithoutACardOrNotAnImageGivesNothing() throws IOException {
        BufferedImage empty = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        assertThat(CardImages.qrText(jpeg(empty))).isEmpty();
        assertThat(CardImages.qrText("not an image".getBytes())).isEmpty();
        assertThat(CardImages.qrText(new byte[0])).isEmpty();
    }

    @Test
    void aPictureTooLargeToBeACameraFrameIsNotDecoded() throws IOException {
        // a few kilobytes of PNG that would unpack to 5000 x 5000 pixels
        BufferedImage huge = new BufferedImage(5000, 5000, BufferedImage.TYPE_BYTE_BINARY);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(huge, "png", out);
        assertThat(out.size()).isLessThan(64 * 1024);
        assertThat(CardImages.qrText(out.toByteArray())).isEmpty();
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
