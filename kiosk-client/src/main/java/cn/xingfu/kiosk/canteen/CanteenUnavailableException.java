package cn.xingfu.kiosk.canteen;

/** The service could not be reached or failed (network error, timeout, 5xx): try again later. */
public class CanteenUnavailableException extends RuntimeException {

    public CanteenUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
