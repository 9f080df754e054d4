package cn.xingfu.canteen.card;

import cn.xingfu.canteen.senior.SeniorProfile;
import java.time.Instant;

/**
 * A card that passed every check (signature, current version, not blocked, in scope) at one scan, with the profile
 * of its senior as read for that check (callers need not read it again).
 */
public record VerifiedCard(
        long cardId, int version, long seniorId, long scanId, String method, SeniorProfile senior, Instant scannedAt) {}
