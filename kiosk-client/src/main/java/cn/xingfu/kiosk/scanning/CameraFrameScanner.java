package cn.xingfu.kiosk.scanning;

import java.awt.image.BufferedImage;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Feeds camera frames to the decoder and reports each card once: the same code held in front of the camera for
 * many frames is one scan until a different code, or no code for {@code quietFrames} frames, is seen.
 */
public final class CameraFrameScanner {

    private final QrImageDecoder decoder;
    private final Consumer<String> onScan;
    private final int quietFrames;
    private String lastCode;
    private int framesWithout;

    public CameraFrameScanner(QrImageDecoder decoder, Consumer<String> onScan, int quietFrames) {
        this.decoder = decoder;
        this.onScan = onScan;
        this.quietFrames = quietFrames;
    }

    public void frame(BufferedImage frame) {
        Optional<String> code = decoder.decode(frame);
        if (code.isEmpty()) {
            if (++framesWithout >= quietFrames) {
                lastCode = null;
            }
            return;
        }
        framesWithout = 0;
        if (!code.get().equals(lastCode)) {
            lastCode = code.get();
            onScan.accept(code.get());
        }
    }
}
