package cn.xingfu.kiosk;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The contract examples shared with canteen-service (docs/api/examples). */
public final class Examples {

    public static final Path DIR = Path.of("..", "docs", "api", "examples");

    private Examples() {}

    public static String read(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
