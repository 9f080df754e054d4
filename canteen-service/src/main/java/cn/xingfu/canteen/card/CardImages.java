package cn.xingfu.canteen.card;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads the QR code of a senior card from a camera frame or photo taken by a phone whose browser cannot decode QR codes
 * itself (most cannot: the BarcodeDetector API is missing on iOS and on many Android browsers). Only the token text
 * comes out; verifying it is {@link CardVerification}'s job. The picture is never kept.
 */
public final class CardImages {

    /** A phone frame is at most a few hundred pixels a side; anything far larger is refused before it is decoded. */
    private static final int MAX_SIDE = 4000;

    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE, DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));

    private CardImages() {}

    /** The text of the QR code in the JPEG or PNG image, or empty when the image holds none that can be read. */
    public static Optional<String> qrText(byte[] image) {
        BufferedImage picture = read(image);
        if (picture == null) {
            return Optional.empty();
        }
        LuminanceSource source = new BufferedImageLuminanceSource(picture);
        for (BinaryBitmap bitmap : List.of(
                new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
            // camera frames with uneven light read better with one binarizer or the other, and some payloads fail
            // the single reader's detector but not the multi reader's (NOTES.md: payload-dependent misses)
            Optional<String> text = single(bitmap).or(() -> multi(bitmap));
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> single(BinaryBitmap bitmap) {
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, HINTS).getText());
        } catch (ReaderException notReadThisWay) {
            return Optional.empty();
        }
    }

    private static Optional<String> multi(BinaryBitmap bitmap) {
        try {
            Result[] found = new QRCodeMultiReader().decodeMultiple(bitmap, HINTS);
            return found.length == 0 ? Optional.empty() : Optional.of(found[0].getText());
        } catch (ReaderException notReadThisWay) {
            return Optional.empty();
        }
    }

    private static BufferedImage read(byte[] image) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                if (reader.getWidth(0) > MAX_SIDE || reader.getHeight(0) > MAX_SIDE) {
                    return null;
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
