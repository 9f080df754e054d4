package cn.xingfu.canteen.card;

/** Where a card is in its life. */
public enum CardStatus {
    /** In use. */
    ACTIVE,
    /** Temporarily refused (lost, suspected misuse); can be unblocked. */
    BLOCKED,
    /** Replaced by a re-issued card; refused for ever. */
    SUPERSEDED
}
