package cn.xingfu.kiosk.live;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A STOMP 1.2 frame, with the encoding and the header escaping of the specification. */
public record StompFrame(String command, Map<String, String> headers, String body) {

    public StompFrame {
        headers = Map.copyOf(headers);
        body = body == null ? "" : body;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public String encode() {
        StringBuilder out = new StringBuilder(command).append('\n');
        headers.forEach((name, value) ->
                out.append(escape(name)).append(':').append(escape(value)).append('\n'));
        return out.append('\n').append(body).append('\0').toString();
    }

    /** Splits a buffer into complete frames; heart-beat EOLs are skipped and an incomplete tail is left in place. */
    public static List<StompFrame> drain(StringBuilder buffer) {
        List<StompFrame> frames = new ArrayList<>();
        while (true) {
            int start = 0;
            while (start < buffer.length() && (buffer.charAt(start) == '\n' || buffer.charAt(start) == '\r')) {
                start++;
            }
            buffer.delete(0, start);
            int end = buffer.indexOf("\0");
            if (end < 0) {
                return frames;
            }
            frames.add(decode(buffer.substring(0, end)));
            buffer.delete(0, end + 1);
        }
    }

    static StompFrame decode(String text) {
        String normalized = text.replace("\r\n", "\n");
        int headerEnd = normalized.indexOf("\n\n");
        String head = headerEnd < 0 ? normalized : normalized.substring(0, headerEnd);
        String body = headerEnd < 0 ? "" : normalized.substring(headerEnd + 2);
        String[] lines = head.split("\n");
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                // the first occurrence of a repeated header wins (STOMP 1.2)
                headers.putIfAbsent(unescape(lines[i].substring(0, colon)), unescape(lines[i].substring(colon + 1)));
            }
        }
        return new StompFrame(lines[0].strip(), headers, body);
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\")
                .replace("\r", "\\r")
                .replace("\n", "\\n")
                .replace(":", "\\c");
    }

    private static String unescape(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(
                        switch (next) {
                            case 'n' -> '\n';
                            case 'r' -> '\r';
                            case 'c' -> ':';
                            default -> next;
                        });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
