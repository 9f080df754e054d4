package cn.xingfu.kiosk.journal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.canteen.OrderItem;
import cn.xingfu.kiosk.canteen.OrderRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OrderJournalTests {

    @TempDir
    Path dir;

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-29T03:55:00Z"), ZoneOffset.UTC);

    private static OrderRequest request(long menuItemId) {
        return OrderRequest.now("XF1.k1.p.s", "DINE_IN", "WALLET", List.of(new OrderItem(menuItemId, 1)), false);
    }

    private Path file() {
        return dir.resolve("journal.jsonl");
    }

    @Test
    void keepsQueuedOrdersInOrderUntilSent() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            PendingOrder one = journal.queue(first, request(1));
            journal.queue(second, request(2));
            assertThat(one.localRef()).isEqualTo("L001");
            assertThat(one.queuedAt()).isEqualTo(clock.instant());
            assertThat(journal.pending())
                    .extracting(PendingOrder::idempotencyKey)
                    .containsExactly(first, second);
            journal.markSent(first, ReplayOutcome.accepted(900001, "A001"));
            assertThat(journal.pending())
                    .extracting(PendingOrder::idempotencyKey)
                    .containsExactly(second);
            assertThat(journal.pendingCount()).isEqualTo(1);
        }
    }

    @Test
    void survivesARestart() throws Exception {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            journal.queue(first, request(1));
            journal.queue(second, request(2));
            journal.queue(third, request(3));
            journal.markSent(second, ReplayOutcome.rejected("SOLD_OUT", "卖完了", "Sold out"));
        }
        assertThat(Files.readAllLines(file())).hasSize(4);
        try (OrderJournal reopened = OrderJournal.open(file(), clock)) {
            assertThat(reopened.pending())
                    .extracting(PendingOrder::idempotencyKey)
                    .containsExactly(first, third);
            assertThat(reopened.pending().get(1).request()).isEqualTo(request(3));
            assertThat(reopened.pending().get(1).localRef()).isEqualTo("L003");
            assertThat(reopened.queue(UUID.randomUUID(), request(4)).localRef()).isEqualTo("L004");
        }
    }

    @Test
    void toleratesATornLastLineAndKeepsAppendingCleanly() throws Exception {
        UUID first = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            journal.queue(first, request(1));
        }
        // a power cut in the middle of writing the next line
        Files.writeString(
                file(),
                "{\"type\":\"QUEUED\",\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"req",
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        UUID second = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            assertThat(journal.pending())
                    .extracting(PendingOrder::idempotencyKey)
                    .containsExactly(first);
            journal.queue(second, request(2));
        }
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            assertThat(journal.pending())
                    .extracting(PendingOrder::idempotencyKey)
                    .containsExactly(first, second);
        }
        assertThat(Files.readAllLines(file()))
                .hasSize(2)
                .allSatisfy(line -> assertThat(line).endsWith("}"));
    }

    @Test
    void sentIsIdempotentAndQueueOfAKnownKeyDoesNotDouble() throws Exception {
        UUID key = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            journal.queue(key, request(1));
            journal.queue(key, request(1));
            journal.markSent(key, ReplayOutcome.accepted(1, "A001"));
            journal.markSent(key, ReplayOutcome.accepted(1, "A001"));
            assertThat(journal.pendingCount()).isZero();
        }
        assertThat(Files.readAllLines(file())).hasSize(2);
    }

    @Test
    void skipsAnUnreadableLineInTheMiddle() throws Exception {
        UUID first = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            journal.queue(first, request(1));
        }
        Files.writeString(file(), "not json\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        UUID second = UUID.randomUUID();
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            journal.queue(second, request(2));
        }
        try (OrderJournal journal = OrderJournal.open(file(), clock)) {
            assertThat(journal.pending())
                    .extracting(PendingOrder::idempotencyKey)
                    .containsExactly(first, second);
        }
    }
}
