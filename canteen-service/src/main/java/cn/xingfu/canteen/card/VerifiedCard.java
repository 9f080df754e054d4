package cn.xingfu.canteen.card;

/** A card that passed every check (signature, current version, not blocked, in scope) at one scan. */
public record VerifiedCard(long cardId, int version, long seniorId, long scanId, String method) {}
