package cn.xingfu.kiosk.session;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * The kiosk's background threads: {@code io} for reads (scan, quote, pictures, probes), and one {@code orders}
 * thread so orders and journal replays reach the service one at a time, oldest first.
 */
final class Workers implements AutoCloseable {

    final ExecutorService io = Executors.newCachedThreadPool(daemon("kiosk-io"));
    final ExecutorService orders = Executors.newSingleThreadExecutor(daemon("kiosk-orders"));

    static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        orders.shutdown();
        io.shutdownNow();
        try {
            orders.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
