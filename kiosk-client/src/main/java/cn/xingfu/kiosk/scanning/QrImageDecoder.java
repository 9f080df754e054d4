package cn.xingfu.kiosk.scanning;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.NotFoundException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Decodes a senior card QR from a camera frame or an image file. Camera frames get TRY_HARDER; clean generated
 * images that the single reader misses are retried with the multi reader (see NOTES.md, ZXing decoding).
 */
public final class QrImageDecoder {

    public Optional<String> decode(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(source));
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        try {
            return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
        } catch (NotFoundException | com.google.zxing.ChecksumException | com.google.zxing.FormatException e) {
            // fall through to the multi reader
        }
        try {
            Result[] results = new QRCodeMultiReader().decodeMultiple(bitmap, hints);
            return results.length == 0 ? Optional.empty() : Optional.of(results[0].getText());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }

    public Optional<String> decode(Path imageFile) {
        try {
            BufferedImage image = ImageIO.read(imageFile.toFile());
            return image == null ? Optional.empty() : decode(image);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
