package cn.xingfu.canteen.card;

/** A card's current state as a scan needs it (see {@link CardStates}). */
record CardState(long id, long seniorId, int version, CardStatus status, String extraCanteenIds) {

    /** The home canteen (from the registry, it may have changed since issue) plus the extra canteens of this card. */
    boolean usableAt(long canteenId, long homeCanteenId) {
        return canteenId == homeCanteenId || Card.canteenIds(extraCanteenIds).contains(canteenId);
    }
}
