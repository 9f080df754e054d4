package cn.xingfu.kiosk.menu;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PictureCacheTests {

    @TempDir
    Path dir;

    @Test
    void downloadsOnceThenServesFromDiskAlsoAfterARestartAndOffline() {
        AtomicInteger downloads = new AtomicInteger();
        PictureCache cache = new PictureCache(dir.resolve("pictures"));
        byte[] first = cache.get("/api/dishes/1/picture?v=a", url -> {
                    downloads.incrementAndGet();
                    return new byte[] {1, 2, 3};
                })
                .orElseThrow();
        assertThat(first).containsExactly(1, 2, 3);
        PictureCache restarted = new PictureCache(dir.resolve("pictures"));
        assertThat(restarted.get("/api/dishes/1/picture?v=a", url -> {
                    throw new IllegalStateException("offline");
                }))
                .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(1, 2, 3));
        assertThat(downloads).hasValue(1);
        // a replaced picture has a new URL: fetched, never the stale copy
        assertThat(restarted.get("/api/dishes/1/picture?v=b", url -> new byte[] {9}))
                .hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(9));
        assertThat(restarted.get("/api/dishes/2/picture?v=a", url -> {
                    throw new IllegalStateException("offline");
                }))
                .as("never seen and offline: the placeholder")
                .isEmpty();
    }
}
