package cn.xingfu.canteen.card;

import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks a presented card and records the scan. Order of checks: who scans where (a kiosk only at its own
 * canteen), signature and known key ({@code CARD_FORGED}), card exists ({@code CARD_NOT_FOUND}), current
 * version ({@code CARD_SUPERSEDED}), not blocked ({@code CARD_BLOCKED}), senior active ({@code SENIOR_NOT_ACTIVE}),
 * canteen within the card's scope ({@code CARD_OUT_OF_SCOPE}).
 *
 * <p>A successful scan is one insert in the caller's transaction (it commits or rolls back with the order). A
 * refused scan is recorded in its own transaction, so the evidence stays even though the caller's work is
 * rolled back by the exception that follows.
 *
 * <p>On the lunch-rush path: a token's signature is verified once per instance ({@link VerifiedTokens}), the
 * card's state is one primary-key read on every scan, and the scan log row is a plain JDBC insert.
 */
@Service
public class CardVerification {

    static final String QR = "QR";
    static final String MANUAL_CODE = "MANUAL_CODE";
    static final int MAX_FAILED_MANUAL_ATTEMPTS = 20;
    static final Duration MANUAL_ATTEMPT_WINDOW = Duration.ofMinutes(10);

    private final CardStates cards;
    private final CardScans scans;
    private final VerifiedTokens tokens;
    private final SeniorDirectory seniors;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate separateTransaction;
    private final Clock clock;

    CardVerification(
            CardStates cards,
            CardScans scans,
            VerifiedTokens tokens,
            SeniorDirectory seniors,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactionManager,
            Clock clock) {
        this.cards = cards;
        this.scans = scans;
        this.tokens = tokens;
        this.seniors = seniors;
        this.jdbc = jdbc;
        this.separateTransaction = new TransactionTemplate(transactionManager);
        this.separateTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    /**
     * Verifies a scanned QR token.
     *
     * @throws DomainException CARD_FORGED, CARD_NOT_FOUND, CARD_SUPERSEDED, CARD_BLOCKED, SENIOR_NOT_ACTIVE,
     *     CARD_OUT_OF_SCOPE, OUT_OF_CANTEEN_SCOPE, STAFF_ONLY; each is recorded in the scan log before it is thrown
     */
    @Transactional(noRollbackFor = DomainException.class)
    public VerifiedCard verify(String qrPayload, ScanContext ctx) {
        return verify(qrPayload, ctx, true);
    }

    /**
     * Verifies a scanned QR token for an order written later with others: every check and every refusal's log row
     * as in {@link #verify}, but the accepted scan is left for {@link #recordAccepted}, in the transaction that writes
     * the order it allowed (so an order refused later leaves no accepted scan, as with {@link #verify}).
     */
    public VerifiedCard verifyForOrder(String qrPayload, ScanContext ctx) {
        return verify(qrPayload, ctx, false);
    }

    /** Writes the accepted scans of {@link #verifyForOrder} as one batch, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordAccepted(List<AcceptedScan> accepted) {
        if (accepted.isEmpty()) {
            return;
        }
        CardScan.insertAll(
                jdbc,
                accepted.stream()
                        .map(a -> {
                            Attempt attempt = new Attempt(a.context(), a.card().method());
                            attempt.cardId = a.card().cardId();
                            attempt.seniorId = a.card().seniorId();
                            return attempt.toScan(
                                    a.card().scanId(), CardScan.OK, a.card().scannedAt());
                        })
                        .toList());
    }

    /** A scan accepted by {@link #verifyForOrder} and where it was made, to be written with its order. */
    public record AcceptedScan(VerifiedCard card, ScanContext context) {}

    private VerifiedCard verify(String qrPayload, ScanContext ctx, boolean recordNow) {
        Attempt attempt = new Attempt(ctx, QR);
        try {
            checkScanner(ctx);
            CardToken token = tokens.verify(qrPayload);
            attempt.cardId = token.cardId();
            CardState card = cards.byId(token.cardId()).orElseThrow(CardVerification::cardNotFound);
            if (card.version() != token.version() || card.status() == CardStatus.SUPERSEDED) {
                throw Card.superseded();
            }
            return accept(card, attempt, recordNow);
        } catch (DomainException e) {
            recordFailure(attempt, e);
            throw e;
        }
    }

    /**
     * Verifies the 8-character code printed on the card, typed in when the QR cannot be read. Failed codes are
     * logged; an account with too many failed codes in a short time is refused for a while.
     *
     * @throws DomainException MANUAL_CODE_UNKNOWN, MANUAL_CODE_ATTEMPTS_EXCEEDED and the codes of {@link #verify}
     */
    @Transactional(noRollbackFor = DomainException.class)
    public VerifiedCard verifyManualCode(String code, ScanContext ctx) {
        return verifyManualCode(code, ctx, true);
    }

    /** {@link #verifyManualCode} for an order written later: the accepted scan is left for {@link #recordAccepted}. */
    public VerifiedCard verifyManualCodeForOrder(String code, ScanContext ctx) {
        return verifyManualCode(code, ctx, false);
    }

    private VerifiedCard verifyManualCode(String code, ScanContext ctx, boolean recordNow) {
        Attempt attempt = new Attempt(ctx, MANUAL_CODE);
        try {
            checkScanner(ctx);
            Instant since = clock.instant().minus(MANUAL_ATTEMPT_WINDOW);
            if (scans.failedManualAttemptsSince(ctx.actor().username(), since) >= MAX_FAILED_MANUAL_ATTEMPTS) {
                throw DomainException.rejected(
                        "MANUAL_CODE_ATTEMPTS_EXCEEDED",
                        "手工码输错次数过多，请稍后再试或扫描二维码",
                        "Too many wrong codes; try again later or scan the QR code");
            }
            String normalized = ManualCodes.normalize(code);
            CardState card =
                    normalized == null ? null : cards.byManualCode(normalized).orElse(null);
            if (card == null) {
                throw DomainException.rejected(
                        "MANUAL_CODE_UNKNOWN",
                        "手工码不正确，请核对卡上的 8 位码",
                        "No card has this code; check the 8 characters on the card");
            }
            attempt.cardId = card.id();
            if (card.status() == CardStatus.SUPERSEDED) {
                throw Card.superseded();
            }
            return accept(card, attempt, recordNow);
        } catch (DomainException e) {
            recordFailure(attempt, e);
            throw e;
        }
    }

    private VerifiedCard accept(CardState card, Attempt attempt, boolean recordNow) {
        if (card.status() == CardStatus.BLOCKED) {
            throw DomainException.rejected(
                    "CARD_BLOCKED", "此卡已挂失或停用，请联系食堂工作人员", "This card is blocked; please ask the staff");
        }
        SeniorProfile senior = seniors.profile(card.seniorId());
        attempt.seniorId = senior.id();
        if (senior.lifecycle() != Lifecycle.ACTIVE) {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "SENIOR_NOT_ACTIVE",
                    "该长者当前状态为“" + senior.lifecycle().zh() + "”，不能用卡",
                    "The senior is " + senior.lifecycle() + " and cannot use the card",
                    Map.of("lifecycle", senior.lifecycle().name()));
        }
        if (!card.usableAt(attempt.ctx.canteenId(), senior.homeCanteenId())) {
            throw DomainException.rejected(
                    "CARD_OUT_OF_SCOPE",
                    "此卡只能在登记的食堂使用",
                    "This card may only be used at the canteens it is registered for");
        }
        CardScan scan = attempt.toScan(Ids.next(), CardScan.OK, clock.instant());
        if (recordNow) {
            scan.insert(jdbc);
        }
        return new VerifiedCard(
                card.id(), card.version(), senior.id(), scan.id(), attempt.method, senior, scan.scannedAt());
    }

    private static void checkScanner(ScanContext ctx) {
        Actor actor = ctx.actor();
        // a delivery volunteer checks the card at the senior's door (proof of delivery), for their own canteen only
        if (!actor.isKiosk() && actor.role() != Role.VOLUNTEER) {
            actor.requireStaff();
        }
        actor.requireCanteen(ctx.canteenId());
    }

    private void recordFailure(Attempt attempt, DomainException e) {
        CardScan scan = attempt.toScan(Ids.next(), e.code(), clock.instant());
        separateTransaction.executeWithoutResult(tx -> scan.insert(jdbc));
    }

    static DomainException cardNotFound() {
        return DomainException.notFound("CARD_NOT_FOUND", "找不到这张卡", "No such card");
    }

    /** What is known so far about one scan, for the log. */
    private static final class Attempt {
        final ScanContext ctx;
        final String method;

        @Nullable
        Long cardId;

        @Nullable
        Long seniorId;

        Attempt(ScanContext ctx, String method) {
            this.ctx = ctx;
            this.method = method;
        }

        CardScan toScan(long id, String outcome, Instant at) {
            Actor actor = ctx.actor();
            return new CardScan(
                    id,
                    cardId,
                    seniorId,
                    actor.username(),
                    actor.isKiosk() ? actor.id() : null,
                    ctx.canteenId(),
                    at,
                    outcome,
                    method);
        }
    }
}
