package cn.xingfu.canteen.card;

import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorDirectory;
import cn.xingfu.canteen.senior.SeniorProfile;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue, re-issue, block and unblock cards; read them; publish and rotate the signing keys. Managers of the
 * senior's home canteen and district administrators only.
 */
@Service
@Transactional
public class CardManagement {

    private static final Logger log = LoggerFactory.getLogger(CardManagement.class);

    private final Cards cards;
    private final CardKeyRing keys;
    private final SeniorDirectory seniors;
    private final Clock clock;
    private final ManualCodes codes = new ManualCodes(new SecureRandom());

    CardManagement(Cards cards, CardKeyRing keys, SeniorDirectory seniors, Clock clock) {
        this.cards = cards;
        this.keys = keys;
        this.seniors = seniors;
        this.clock = clock;
    }

    /**
     * Issues the first card of a senior. Extra canteens (where the card also works) need a district administrator.
     *
     * @throws DomainException CARD_ALREADY_ISSUED, SENIOR_NOT_ACTIVE, SENIOR_NOT_FOUND, MANAGER_ONLY, OUT_OF_CANTEEN_SCOPE
     */
    public CardView issue(long seniorId, Set<Long> extraCanteenIds, Actor actor) {
        SeniorProfile senior = seniorInScope(seniorId, actor);
        if (!extraCanteenIds.isEmpty() && !actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "CARD_SCOPE_ADMIN_ONLY",
                    "跨食堂用卡须由区级管理员设置",
                    "Only a district administrator may add canteens to a card");
        }
        if (senior.lifecycle() == Lifecycle.DECEASED || senior.lifecycle() == Lifecycle.MOVED_AWAY) {
            throw DomainException.rejected(
                    "SENIOR_NOT_ACTIVE", "该长者已迁出或已故，不能发卡", "The senior has moved away or died; no card can be issued");
        }
        if (cards.findByCurrentSeniorId(seniorId).isPresent()) {
            throw alreadyIssued();
        }
        int version = cards.findBySeniorIdOrderByVersionDesc(seniorId).stream()
                .findFirst()
                .map(c -> c.version() + 1)
                .orElse(1);
        Card card = new Card(seniorId, version, uniqueCode(), extraCanteenIds, clock.instant(), actor.username());
        try {
            cards.saveAndFlush(card);
        } catch (DataIntegrityViolationException e) {
            throw alreadyIssued();
        }
        log.info("Card {} v{} issued to senior {} by {}", card.id(), version, seniorId, actor.username());
        return view(card, senior);
    }

    /**
     * Replaces a card (lost, damaged): the new card has a new id, version and manual code, and the old card is
     * refused from this moment on.
     *
     * @throws DomainException CARD_NOT_FOUND, CARD_SUPERSEDED (only the current card can be re-issued)
     */
    public CardView reissue(long cardId, Actor actor) {
        Card old = cards.findById(cardId).orElseThrow(CardVerification::cardNotFound);
        SeniorProfile senior = seniorInScope(old.seniorId(), actor);
        if (old.status() == CardStatus.SUPERSEDED) {
            throw Card.superseded();
        }
        Instant now = clock.instant();
        Card replacement =
                new Card(old.seniorId(), old.version() + 1, uniqueCode(), old.extraCanteens(), now, actor.username());
        old.supersede(replacement.id(), now);
        // the old row must release current_senior_id before the new row claims it
        cards.saveAndFlush(old);
        cards.saveAndFlush(replacement);
        log.info(
                "Card {} superseded by {} (senior {}) by {}",
                old.id(),
                replacement.id(),
                old.seniorId(),
                actor.username());
        return view(replacement, senior);
    }

    /** Blocks a card (lost, suspected misuse); scans are refused with CARD_BLOCKED until it is unblocked. */
    public CardView block(long cardId, String reason, Actor actor) {
        Card card = cards.findById(cardId).orElseThrow(CardVerification::cardNotFound);
        SeniorProfile senior = seniorInScope(card.seniorId(), actor);
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw DomainException.invalid(
                    "REASON_REQUIRED", "请填写停用原因（200 字以内）", "Give a reason (up to 200 characters)");
        }
        card.block(reason.trim(), clock.instant());
        cards.flush();
        log.info("Card {} blocked by {}: {}", card.id(), actor.username(), reason);
        return view(card, senior);
    }

    public CardView unblock(long cardId, Actor actor) {
        Card card = cards.findById(cardId).orElseThrow(CardVerification::cardNotFound);
        SeniorProfile senior = seniorInScope(card.seniorId(), actor);
        card.unblock(clock.instant());
        cards.flush();
        log.info("Card {} unblocked by {}", card.id(), actor.username());
        return view(card, senior);
    }

    @Transactional(readOnly = true)
    public CardView card(long cardId, Actor actor) {
        Card card = cards.findById(cardId).orElseThrow(CardVerification::cardNotFound);
        return view(card, seniorInScope(card.seniorId(), actor));
    }

    /** The senior's current card (active or blocked). */
    @Transactional(readOnly = true)
    public CardView currentCard(long seniorId, Actor actor) {
        SeniorProfile senior = seniorInScope(seniorId, actor);
        Card card = cards.findByCurrentSeniorId(seniorId).orElseThrow(CardVerification::cardNotFound);
        return view(card, senior);
    }

    /** Every key that may have signed a card, for kiosks to verify offline. Any signed-in account may read them. */
    @Transactional(readOnly = true)
    public List<CardSigningKey> signingKeys() {
        return keys.keys();
    }

    /** Starts signing new tokens with a fresh key; printed cards keep working. District administrators only. */
    public CardSigningKey rotateSigningKey(Actor actor) {
        if (!actor.isDistrictAdmin()) {
            throw DomainException.forbidden(
                    "DISTRICT_ADMIN_ONLY", "仅区级管理员可轮换密钥", "Only a district administrator may rotate keys");
        }
        return keys.rotate();
    }

    private CardView view(Card card, SeniorProfile senior) {
        return new CardView(
                card.id(),
                card.seniorId(),
                card.version(),
                card.status(),
                card.manualCode(),
                ManualCodes.printed(card.manualCode()),
                card.extraCanteens(),
                card.issuedAt(),
                card.statusReason(),
                card.supersededBy(),
                card.status() == CardStatus.SUPERSEDED ? null : keys.token(card, senior.homeCanteenId()));
    }

    private SeniorProfile seniorInScope(long seniorId, Actor actor) {
        actor.requireManager();
        SeniorProfile senior = seniors.profile(seniorId);
        actor.requireCanteen(senior.homeCanteenId());
        return senior;
    }

    private String uniqueCode() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String code = codes.next();
            if (!cards.existsByManualCode(code)) {
                return code;
            }
        }
        throw new IllegalStateException("no free manual code after 10 attempts");
    }

    private static DomainException alreadyIssued() {
        return DomainException.conflict(
                "CARD_ALREADY_ISSUED",
                "该长者已有有效的卡，如需换卡请补办",
                "The senior already has a current card; re-issue it instead");
    }
}
