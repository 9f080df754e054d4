package cn.xingfu.kiosk.scanning;

import java.util.function.Consumer;

/**
 * Collects the characters a keyboard-emulating QR scanner types and hands over the line when Enter arrives.
 * A scanner types a whole code within milliseconds; characters that trickle in slower than {@code maxGapNanos}
 * (a bump on a keyboard, a stray key) start a fresh line, so leftovers never corrupt the next scan.
 */
public final class KeyboardScanBuffer {

    private static final int MAX_LENGTH = 4096;

    private final Consumer<String> onLine;
    private final long maxGapNanos;
    private final StringBuilder line = new StringBuilder();
    private long lastCharAt;

    public KeyboardScanBuffer(Consumer<String> onLine, long maxGapNanos) {
        this.onLine = onLine;
        this.maxGapNanos = maxGapNanos;
    }

    /** Feeds what a KEY_TYPED event carried, at the given {@link System#nanoTime()}. */
    public void typed(String characters, long nanoTime) {
        if (characters == null || characters.isEmpty()) {
            return;
        }
        if (line.length() > 0 && nanoTime - lastCharAt > maxGapNanos) {
            line.setLength(0);
        }
        lastCharAt = nanoTime;
        for (int i = 0; i < characters.length(); i++) {
            char c = characters.charAt(i);
            if (c == '\r' || c == '\n') {
                flush();
            } else if (!Character.isISOControl(c) && line.length() < MAX_LENGTH) {
                line.append(c);
            }
        }
    }

    private void flush() {
        String text = line.toString().strip();
        line.setLength(0);
        if (!text.isEmpty()) {
            onLine.accept(text);
        }
    }
}
