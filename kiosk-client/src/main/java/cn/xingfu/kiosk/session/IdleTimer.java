package cn.xingfu.kiosk.session;

import java.util.function.LongSupplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;

/**
 * "Need more time?" (DOMAIN.md section 8): after {@code idleSeconds} without a touch the kiosk asks, counts down
 * {@code warnSeconds}, and only then goes back to the welcome screen. One touch answers the question.
 */
final class IdleTimer {

    private final int idleSeconds;
    private final int warnSeconds;
    private final LongSupplier nanoTime;
    private final BooleanProperty warning = new SimpleBooleanProperty(false);
    private final IntegerProperty secondsLeft = new SimpleIntegerProperty();
    private long lastActivity;
    private long warningSince;

    IdleTimer(int idleSeconds, int warnSeconds, LongSupplier nanoTime) {
        this.idleSeconds = idleSeconds;
        this.warnSeconds = warnSeconds;
        this.nanoTime = nanoTime;
        this.lastActivity = nanoTime.getAsLong();
    }

    BooleanProperty warning() {
        return warning;
    }

    IntegerProperty secondsLeft() {
        return secondsLeft;
    }

    void touched() {
        lastActivity = nanoTime.getAsLong();
        warning.set(false);
    }

    /** On the welcome screen: true once a message has stood for the idle time (it can then be cleared). */
    boolean welcomeMessageExpired(long now) {
        warning.set(false);
        return now - lastActivity >= seconds(idleSeconds);
    }

    /** On any other screen: true when the countdown has run out and the kiosk must start again. */
    boolean timedOut(long now, boolean busy) {
        if (busy) {
            // waiting for the service is not the senior's idle time
            lastActivity = now;
            return false;
        }
        if (!warning.get()) {
            if (now - lastActivity >= seconds(idleSeconds)) {
                warning.set(true);
                warningSince = now;
                secondsLeft.set(warnSeconds);
            }
            return false;
        }
        long left = warnSeconds - (now - warningSince) / 1_000_000_000L;
        if (left <= 0) {
            warning.set(false);
            return true;
        }
        secondsLeft.set((int) left);
        return false;
    }

    static long seconds(int seconds) {
        return seconds * 1_000_000_000L;
    }
}
