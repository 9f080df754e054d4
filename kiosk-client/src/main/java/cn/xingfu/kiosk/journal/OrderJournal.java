package cn.xingfu.kiosk.journal;

import cn.xingfu.kiosk.canteen.Json;
import cn.xingfu.kiosk.canteen.OrderRequest;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;

/**
 * Append-only file of JSON lines. Every append is forced to the disk before it returns, so an order the senior was
 * told "will be confirmed" survives a restart or power cut. A torn last line (power cut mid-write) is cut off on
 * open; it was never acknowledged to anyone.
 */
public final class OrderJournal implements Closeable {

    private static final System.Logger LOG = System.getLogger(OrderJournal.class.getName());

    private final Path file;
    private final Clock clock;
    private final FileChannel channel;
    private final Map<UUID, PendingOrder> pending = new LinkedHashMap<>();
    private int queuedEver;

    private OrderJournal(Path file, Clock clock) throws IOException {
        this.file = file;
        this.clock = clock;
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        this.channel =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        recover();
    }

    public static OrderJournal open(Path file, Clock clock) {
        try {
            return new OrderJournal(file, clock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open order journal " + file, e);
        }
    }

    public Path file() {
        return file;
    }

    /** Records an order taken offline; returns only once it is on the disk. */
    public synchronized PendingOrder queue(UUID idempotencyKey, OrderRequest request) {
        if (pending.containsKey(idempotencyKey)) {
            return pending.get(idempotencyKey);
        }
        queuedEver++;
        String localRef = "L" + String.format("%03d", queuedEver);
        JournalEntry entry = JournalEntry.queued(idempotencyKey, clock.instant(), localRef, request);
        append(entry);
        PendingOrder order = new PendingOrder(idempotencyKey, entry.at(), localRef, request);
        pending.put(idempotencyKey, order);
        return order;
    }

    /** Closes a queued order with the service's answer; it will not be sent again. */
    public synchronized void markSent(UUID idempotencyKey, ReplayOutcome outcome) {
        if (!pending.containsKey(idempotencyKey)) {
            return;
        }
        append(JournalEntry.sent(idempotencyKey, clock.instant(), outcome));
        pending.remove(idempotencyKey);
    }

    /** The queued orders still to send, oldest first. */
    public synchronized List<PendingOrder> pending() {
        return List.copyOf(new ArrayList<>(pending.values()));
    }

    public synchronized int pendingCount() {
        return pending.size();
    }

    private void append(JournalEntry entry) {
        byte[] line = (Json.mapper().writeValueAsString(entry) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            ByteBuffer buffer = ByteBuffer.wrap(line);
            long position = channel.size();
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.force(true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write order journal " + file, e);
        }
    }

    private void recover() throws IOException {
        byte[] content = Files.readAllBytes(file);
        int lastNewline = -1;
        for (int i = content.length - 1; i >= 0; i--) {
            if (content[i] == '\n') {
                lastNewline = i;
                break;
            }
        }
        int complete = lastNewline + 1;
        if (complete < content.length) {
            LOG.log(
                    System.Logger.Level.WARNING,
                    "cutting a torn last line of {0} bytes from {1}",
                    content.length - complete,
                    file);
            channel.truncate(complete);
            channel.force(true);
        }
        String text = new String(content, 0, complete, StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JournalEntry entry;
            try {
                entry = Json.mapper().readValue(line, JournalEntry.class);
            } catch (JacksonException e) {
                LOG.log(System.Logger.Level.WARNING, "skipping an unreadable journal line: {0}", line);
                continue;
            }
            switch (entry.type()) {
                case QUEUED -> {
                    queuedEver++;
                    pending.put(
                            entry.idempotencyKey(),
                            new PendingOrder(entry.idempotencyKey(), entry.at(), entry.localRef(), entry.request()));
                }
                case SENT -> pending.remove(entry.idempotencyKey());
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
