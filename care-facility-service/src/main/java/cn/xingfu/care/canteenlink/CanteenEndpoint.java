package cn.xingfu.care.canteenlink;

/** canteen-service as the outbox sees it; the HTTP adapter lives in {@code web}. */
public interface CanteenEndpoint {

    /** Delivers the notice; throws when canteen-service did not accept it (down, refused, timed out). */
    void send(StayNotice notice);
}
