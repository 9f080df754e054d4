package cn.xingfu.canteen.menu;

import cn.xingfu.kernel.DomainException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Checks an uploaded dish picture and turns it into what is stored: a JPEG of at most {@value #LARGE} px on its
 * long side and a thumbnail of at most {@value #SMALL} px. Only JPEG and PNG are taken: they are what the kiosk
 * (JavaFX) and every browser can show. The type is judged from the bytes, not from what the client says; the size
 * in pixels is read before decoding, so a small file that claims a huge picture cannot exhaust memory. Re-encoding
 * turns a phone photo the right way up (EXIF orientation) and drops its metadata (camera, GPS position).
 */
final class PictureImages {

    static final int LARGE = 1280;
    static final int SMALL = 360;
    static final int MIN_WIDTH = 160;
    static final int MIN_HEIGHT = 120;
    static final long MAX_PIXELS = 50_000_000L;
    private static final float QUALITY = 0.85f;
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** What is stored for a picture; {@code version} changes whenever the content does. */
    record Prepared(byte[] content, byte[] thumbnail, int width, int height, String version) {}

    private PictureImages() {}

    static Prepared prepare(byte[] upload, String declaredType, long maxBytes) {
        if (upload.length == 0) {
            throw DomainException.invalid("PICTURE_EMPTY", "没有收到图片", "No picture was sent");
        }
        if (upload.length > maxBytes) {
            throw new DomainException(
                    DomainException.Kind.INVALID,
                    "PICTURE_TOO_LARGE",
                    "图片太大，最大 " + maxBytes / (1024 * 1024) + " MB",
                    "The picture is too large (at most " + maxBytes / (1024 * 1024) + " MB)",
                    Map.of("maxBytes", maxBytes, "bytes", upload.length));
        }
        String detected = startsWith(upload, JPEG) ? "image/jpeg" : startsWith(upload, PNG) ? "image/png" : null;
        String declared =
                declaredType == null ? "" : declaredType.split(";")[0].trim().toLowerCase(Locale.ROOT);
        if (detected == null
                || !(declared.equals(detected) || declared.equals("image/jpg") && detected.equals("image/jpeg"))) {
            throw DomainException.invalid(
                    "PICTURE_TYPE_UNSUPPORTED",
                    "只接受 JPEG 或 PNG 图片",
                    "Only JPEG or PNG pictures are accepted (sent as " + (declared.isEmpty() ? "no type" : declared)
                            + ")");
        }
        BufferedImage image = upright(decode(upload), detected.equals("image/jpeg") ? JpegOrientation.of(upload) : 1);
        if (image.getWidth() < MIN_WIDTH || image.getHeight() < MIN_HEIGHT) {
            throw DomainException.invalid(
                    "PICTURE_TOO_SMALL",
                    "图片太小，至少 " + MIN_WIDTH + "×" + MIN_HEIGHT + " 像素",
                    "The picture is too small (at least " + MIN_WIDTH + "×" + MIN_HEIGHT + " pixels)");
        }
        BufferedImage large = fit(image, LARGE);
        byte[] content = jpeg(large);
        return new Prepared(content, jpeg(fit(large, SMALL)), large.getWidth(), large.getHeight(), version(content));
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw unreadable();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
                if (pixels > MAX_PIXELS) {
                    throw DomainException.invalid(
                            "PICTURE_TOO_MANY_PIXELS",
                            "图片像素太多（最多 5000 万像素）",
                            "The picture has too many pixels (at most 50 megapixels)");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw unreadable();
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof DomainException domain) {
                throw domain;
            }
            throw unreadable();
        }
    }

    private static DomainException unreadable() {
        return DomainException.invalid(
                "PICTURE_UNREADABLE", "图片无法读取，文件可能已损坏", "The picture cannot be read; the file may be damaged");
    }

    /** Applies an EXIF orientation (1–8) so the picture shows as the camera saw it; flattens transparency on white. */
    static BufferedImage upright(BufferedImage source, int orientation) {
        int w = source.getWidth();
        int h = source.getHeight();
        boolean swap = orientation >= 5 && orientation <= 8;
        AffineTransform t = new AffineTransform();
        switch (orientation) {
            case 2 -> t.setTransform(-1, 0, 0, 1, w, 0);
            case 3 -> t.setTransform(-1, 0, 0, -1, w, h);
            case 4 -> t.setTransform(1, 0, 0, -1, 0, h);
            case 5 -> t.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> t.setTransform(0, 1, -1, 0, h, 0);
            case 7 -> t.setTransform(0, -1, -1, 0, h, w);
            case 8 -> t.setTransform(0, -1, 1, 0, 0, w);
            default -> {}
        }
        BufferedImage out = new BufferedImage(swap ? h : w, swap ? w : h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(source, t, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Scales down (never up) to fit a square of {@code max} px, halving step by step so detail is kept. */
    static BufferedImage fit(BufferedImage image, int max) {
        double scale = Math.min(1.0, (double) max / Math.max(image.getWidth(), image.getHeight()));
        int targetW = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetH = Math.max(1, (int) Math.round(image.getHeight() * scale));
        BufferedImage current = image;
        while (current.getWidth() != targetW || current.getHeight() != targetH) {
            int w = Math.max(targetW, current.getWidth() / 2);
            int h = Math.max(targetH, current.getHeight() / 2);
            BufferedImage next = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = next.createGraphics();
            try {
                g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
                g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
                g.drawImage(current, 0, 0, w, h, null);
            } finally {
                g.dispose();
            }
            current = next;
        }
        return current;
    }

    private static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String version(byte[] content) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
