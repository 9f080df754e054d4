package cn.xingfu.canteen.menu;

/**
 * Reads the EXIF orientation tag (0x0112) of a JPEG: phones store portrait photos sideways and say so in that tag,
 * which Java's JPEG reader ignores. Anything unexpected counts as 1 (as stored).
 */
final class JpegOrientation {

    private static final int ORIENTATION_TAG = 0x0112;

    private JpegOrientation() {}

    static int of(byte[] jpeg) {
        try {
            int at = 2;
            while (at + 4 <= jpeg.length && (jpeg[at] & 0xFF) == 0xFF) {
                int marker = jpeg[at + 1] & 0xFF;
                int length = u16(jpeg, at + 2, false);
                if (marker == 0xDA || length < 2) {
                    return 1; // start of the picture data: no EXIF block before it
                }
                if (marker == 0xE1 && isExif(jpeg, at + 4)) {
                    return fromTiff(jpeg, at + 10, at + 2 + length);
                }
                at += 2 + length;
            }
        } catch (IndexOutOfBoundsException e) {
            // a truncated or odd header: keep the picture as stored
        }
        return 1;
    }

    private static boolean isExif(byte[] b, int at) {
        return at + 6 <= b.length && b[at] == 'E' && b[at + 1] == 'x' && b[at + 2] == 'i' && b[at + 3] == 'f';
    }

    private static int fromTiff(byte[] b, int tiff, int end) {
        boolean little = b[tiff] == 'I' && b[tiff + 1] == 'I';
        int ifd = tiff + (int) u32(b, tiff + 4, little);
        int entries = u16(b, ifd, little);
        for (int i = 0; i < entries; i++) {
            int entry = ifd + 2 + 12 * i;
            if (entry + 12 > end) {
                return 1;
            }
            if (u16(b, entry, little) == ORIENTATION_TAG) {
                int value = u16(b, entry + 8, little);
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    private static int u16(byte[] b, int at, boolean little) {
        int a = b[at] & 0xFF;
        int c = b[at + 1] & 0xFF;
        return little ? a | c << 8 : a << 8 | c;
    }

    private static long u32(byte[] b, int at, boolean little) {
        long high = u16(b, at + (little ? 2 : 0), little);
        long low = u16(b, at + (little ? 0 : 2), little);
        return high << 16 | low;
    }
}
