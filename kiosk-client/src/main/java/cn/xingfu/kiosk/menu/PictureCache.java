package cn.xingfu.kiosk.menu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Function;

/**
 * Dish pictures kept on the kiosk's disk, so the menu keeps its pictures offline. A picture's URL carries its
 * version, so a file, once written, never goes stale: a replaced picture arrives under a new URL.
 */
public final class PictureCache {

    private static final System.Logger LOG = System.getLogger(PictureCache.class.getName());

    private final Path dir;

    public PictureCache(Path dir) {
        this.dir = dir;
    }

    public Optional<byte[]> cached(String url) {
        Path file = file(url);
        try {
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "unreadable cached picture {0}: {1}", file, e);
            return Optional.empty();
        }
    }

    /**
     * The cached picture, or else {@code download}'s answer, then kept. Empty when neither works (offline and
     * never seen): the kiosk shows its placeholder.
     */
    public Optional<byte[]> get(String url, Function<String, byte[]> download) {
        Optional<byte[]> cached = cached(url);
        if (cached.isPresent()) {
            return cached;
        }
        byte[] bytes;
        try {
            bytes = download.apply(url);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.INFO, "picture {0} not available: {1}", url, e.getMessage());
            return Optional.empty();
        }
        try {
            Files.createDirectories(dir);
            Path temp = Files.createTempFile(dir, "picture", ".part");
            Files.write(temp, bytes);
            Files.move(temp, file(url), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "could not keep picture {0}: {1}", url, e);
        }
        return Optional.of(bytes);
    }

    Path file(String url) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(digest, 0, 16) + ".img");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
