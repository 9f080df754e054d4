package cn.xingfu.canteen.menu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.kernel.DomainException;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PictureImagesTests {

    private static final long LIMIT = 8L * 1024 * 1024;

    @Test
    void aLargePhotoIsStoredAsAJpegOfAtMost1280PixelsWithAThumbnail() {
        PictureImages.Prepared picture = PictureImages.prepare(PictureImagesTests.big(), "image/png", LIMIT);
        BufferedImage large = TestPictures.read(picture.content());
        BufferedImage small = TestPictures.read(picture.thumbnail());
        assertThat(large.getWidth()).isEqualTo(1280);
        assertThat(large.getHeight()).isEqualTo(960);
        assertThat(small.getWidth()).isEqualTo(360);
        assertThat(small.getHeight()).isEqualTo(270);
        assertThat(picture.content()[0] & 0xFF).as("JPEG SOI").isEqualTo(0xFF);
        assertThat(picture.version()).hasSize(16);
        assertThat(PictureImages.prepare(PictureImagesTests.big(), "image/png", LIMIT)
                        .version())
                .as("the same picture has the same version")
                .isEqualTo(picture.version());
    }

    @Test
    void aSmallPictureIsNotEnlarged() {
        PictureImages.Prepared picture = PictureImages.prepare(TestPictures.jpeg(400, 300), "image/jpeg", LIMIT);
        assertThat(picture.width()).isEqualTo(400);
        assertThat(picture.height()).isEqualTo(300);
    }

    @Test
    void aPortraitPhoneShotIsTurnedTheRightWayUp() {
        byte[] sideways = TestPictures.jpegWithOrientation(400, 200, 6);
        assertThat(JpegOrientation.of(sideways)).isEqualTo(6);
        PictureImages.Prepared picture = PictureImages.prepare(sideways, "image/jpeg", LIMIT);
        BufferedImage upright = TestPictures.read(picture.content());
        assertThat(upright.getWidth()).isEqualTo(200);
        assertThat(upright.getHeight()).isEqualTo(400);
        // rotated clockwise: the left (red) half is now on top, the right (blue) half below
        assertThat(isReddish(upright.getRGB(100, 50))).isTrue();
        assertThat(isReddish(upright.getRGB(100, 350))).isFalse();
        assertThat(JpegOrientation.of(picture.content()))
                .as("metadata is not carried over")
                .isEqualTo(1);
    }

    @Test
    void refusesWhatIsNotAJpegOrPngWhateverItClaims() {
        byte[] gif = "GIF89a......".getBytes(StandardCharsets.US_ASCII);
        assertThat(code(() -> PictureImages.prepare(gif, "image/gif", LIMIT))).isEqualTo("PICTURE_TYPE_UNSUPPORTED");
        assertThat(code(() -> PictureImages.prepare(gif, "image/jpeg", LIMIT))).isEqualTo("PICTURE_TYPE_UNSUPPORTED");
        assertThat(code(() -> PictureImages.prepare(TestPictures.png(400, 300), "image/jpeg", LIMIT)))
                .as("declared and actual type differ")
                .isEqualTo("PICTURE_TYPE_UNSUPPORTED");
        assertThat(code(() -> PictureImages.prepare(TestPictures.png(400, 300), null, LIMIT)))
                .isEqualTo("PICTURE_TYPE_UNSUPPORTED");
    }

    @Test
    void refusesEmptyDamagedTooLargeAndTooSmallPictures() {
        assertThat(code(() -> PictureImages.prepare(new byte[0], "image/jpeg", LIMIT)))
                .isEqualTo("PICTURE_EMPTY");
        byte[] jpeg = TestPictures.jpeg(400, 300);
        assertThat(code(() -> PictureImages.prepare(jpeg, "image/jpeg", jpeg.length - 1)))
                .isEqualTo("PICTURE_TOO_LARGE");
        byte[] damaged = java.util.Arrays.copyOf(jpeg, 40);
        assertThat(code(() -> PictureImages.prepare(damaged, "image/jpeg", LIMIT)))
                .isEqualTo("PICTURE_UNREADABLE");
        assertThat(code(() -> PictureImages.prepare(TestPictures.jpeg(100, 80), "image/jpeg", LIMIT)))
                .isEqualTo("PICTURE_TOO_SMALL");
    }

    @Test
    void refusesAPictureClaimingTooManyPixelsBeforeDecodingIt() {
        // a PNG header announcing 20000 × 20000 pixels: refused from the header, never decoded
        byte[] png = TestPictures.png(200, 200);
        byte[] huge = png.clone();
        writeInt(huge, 16, 20_000);
        writeInt(huge, 20, 20_000);
        assertThat(code(() -> PictureImages.prepare(huge, "image/png", LIMIT))).isEqualTo("PICTURE_TOO_MANY_PIXELS");
    }

    private static byte[] big() {
        return TestPictures.png(2000, 1500);
    }

    private static void writeInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }

    private static boolean isReddish(int rgb) {
        Color c = new Color(rgb);
        return c.getRed() > 180 && c.getBlue() < 90;
    }

    private static String code(Runnable call) {
        try {
            call.run();
        } catch (DomainException e) {
            return e.code();
        }
        throw new AssertionError("no refusal");
    }

    @Test
    void refusalsAreDomainExceptions() {
        assertThatThrownBy(() -> PictureImages.prepare(new byte[0], "image/png", LIMIT))
                .isInstanceOf(DomainException.class);
    }
}
