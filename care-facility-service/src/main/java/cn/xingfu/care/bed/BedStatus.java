package cn.xingfu.care.bed;

/** Where a bed stands now. Changes only through conditional updates, never read-modify-write. */
public enum BedStatus {
    VACANT,
    /** Held for one approved admission ({@code reservedFor}). */
    RESERVED,
    OCCUPIED,
    OUT_OF_SERVICE
}
