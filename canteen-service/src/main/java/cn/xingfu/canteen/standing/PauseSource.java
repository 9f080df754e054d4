package cn.xingfu.canteen.standing;

/** Who recorded a pause. */
public enum PauseSource {
    /** Canteen staff, told by the senior or the family. */
    STAFF,
    /** care-facility-service, from an admission to one of its institutions. */
    CARE_FACILITY
}
