package cn.xingfu.kiosk.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.FakeCanteenService;
import cn.xingfu.kiosk.TestCards;
import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.OrderItem;
import cn.xingfu.kiosk.canteen.OrderRequest;
import cn.xingfu.kiosk.journal.OrderJournal;
import cn.xingfu.kiosk.journal.PendingOrder;
import cn.xingfu.kiosk.journal.ReplayOutcome;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

class OrderSubmissionTests {

    @TempDir
    Path dir;

    private final TestCards cards = new TestCards("k1");
    private final FakeCanteenService service = FakeCanteenService.start(cards);
    private final CanteenClient client = new CanteenClient(
            service.url(), FakeCanteenService.USER, FakeCanteenService.PASSWORD, Duration.ofSeconds(2));
    private final List<String> replayed = new ArrayList<>();

    @AfterEach
    void stop() {
        service.close();
    }

    private OrderSubmission submission(OrderJournal journal) {
        return new OrderSubmission(
                client,
                journal,
                (PendingOrder order, ReplayOutcome outcome) -> replayed.add(
                        order.localRef() + ":" + (outcome.accepted() ? outcome.orderNumber() : outcome.code())),
                UUID::randomUUID);
    }

    private OrderRequest request(long cardId, long menuItemId) {
        return OrderRequest.now(
                cards.token(cardId, 1, 1), "DINE_IN", "WALLET", List.of(new OrderItem(menuItemId, 1)), false);
    }

    @Test
    void placesOnlineWhenTheServiceIsThere() {
        try (OrderJournal journal = OrderJournal.open(dir.resolve("j.jsonl"), Clock.systemUTC())) {
            SubmitResult result = submission(journal).submit(request(1, 789));
            assertThat(result).isInstanceOf(SubmitResult.Placed.class);
            assertThat(journal.pendingCount()).isZero();
        }
    }

    @Test
    void journalsWhileOfflineAndReplaysInOrderExactlyOnceAfterARestart() {
        service.stop();
        try (OrderJournal journal = OrderJournal.open(dir.resolve("j.jsonl"), Clock.systemUTC())) {
            OrderSubmission submission = submission(journal);
            assertThat(submission.submit(request(1, 789))).isInstanceOf(SubmitResult.Queued.class);
            assertThat(submission.submit(request(2, 791))).isInstanceOf(SubmitResult.Queued.class);
            assertThat(submission.replay()).isFalse();
            assertThat(journal.pendingCount()).isEqualTo(2);
        }
        List<String> keys;
        try (OrderJournal journal = OrderJournal.open(dir.resolve("j.jsonl"), Clock.systemUTC())) {
            keys = journal.pending().stream()
                    .map(p -> p.idempotencyKey().toString())
                    .toList();
            service.restart();
            service.soldOut(791);
            OrderSubmission submission = submission(journal);
            assertThat(submission.replay()).isTrue();
            assertThat(submission.replay()).isTrue();
            assertThat(journal.pendingCount()).isZero();
        }
        assertThat(service.orderPosts()).containsExactlyElementsOf(keys);
        assertThat(service.orders()).singleElement().satisfies(order -> {
            assertThat(order.path("idempotencyKey").asString()).isEqualTo(keys.get(0));
            assertThat(order.path("offlineCreatedAt").asString()).isNotBlank();
        });
        assertThat(replayed).containsExactly("L001:A001", "L002:SOLD_OUT");
        try (OrderJournal journal = OrderJournal.open(dir.resolve("j.jsonl"), Clock.systemUTC())) {
            assertThat(journal.pendingCount()).isZero();
        }
    }

    @Test
    void aNewOrderWaitsBehindTheJournal() {
        service.stop();
        try (OrderJournal journal = OrderJournal.open(dir.resolve("j.jsonl"), Clock.systemUTC())) {
            OrderSubmission submission = submission(journal);
            submission.submit(request(1, 789));
            service.restart();
            SubmitResult second = submission.submit(request(2, 789));
            assertThat(second).isInstanceOf(SubmitResult.Placed.class);
            List<JsonNode> orders = service.orders();
            assertThat(orders).hasSize(2);
            assertThat(orders.get(0).path("offlineCreatedAt").isMissingNode()).isFalse();
            assertThat(orders.get(1).path("offlineCreatedAt").isMissingNode()).isTrue();
            assertThat(replayed).containsExactly("L001:A001");
        }
    }
}
