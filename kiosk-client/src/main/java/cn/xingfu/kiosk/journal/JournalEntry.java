package cn.xingfu.kiosk.journal;

import cn.xingfu.kiosk.canteen.OrderRequest;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.UUID;

/**
 * One line of the journal. {@code QUEUED} carries the request as the senior placed it; {@code SENT} closes it with
 * the service's outcome (accepted with an order number, or rejected with a problem code).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record JournalEntry(
        Type type, UUID idempotencyKey, Instant at, String localRef, OrderRequest request, ReplayOutcome outcome) {

    /** What a journal line records. */
    public enum Type {
        QUEUED,
        SENT
    }

    static JournalEntry queued(UUID key, Instant at, String localRef, OrderRequest request) {
        return new JournalEntry(Type.QUEUED, key, at, localRef, request, null);
    }

    static JournalEntry sent(UUID key, Instant at, ReplayOutcome outcome) {
        return new JournalEntry(Type.SENT, key, at, null, null, outcome);
    }
}
