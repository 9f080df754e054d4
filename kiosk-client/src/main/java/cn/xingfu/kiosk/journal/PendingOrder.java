package cn.xingfu.kiosk.journal;

import cn.xingfu.kiosk.canteen.OrderRequest;
import java.time.Instant;
import java.util.UUID;

/** A queued order that has no SENT line yet. */
public record PendingOrder(UUID idempotencyKey, Instant queuedAt, String localRef, OrderRequest request) {}
