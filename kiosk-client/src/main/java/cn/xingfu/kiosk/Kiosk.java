package cn.xingfu.kiosk;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.live.LiveUpdates;
import cn.xingfu.kiosk.session.KioskSession;
import cn.xingfu.kiosk.voice.EspeakSpeaker;
import cn.xingfu.kiosk.voice.Speaker;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

/** Wires a kiosk together from its configuration. */
public final class Kiosk {

    private Kiosk() {}

    public static KioskSession session(KioskConfig config, Executor uiThread) {
        return session(config, uiThread, config.voice() ? EspeakSpeaker.find() : Speaker.SILENT);
    }

    /** The same with a given speech engine (tests hear what the kiosk would say). */
    public static KioskSession session(KioskConfig config, Executor uiThread, Speaker speaker) {
        CanteenClient client =
                new CanteenClient(config.serviceUrl(), config.username(), config.password(), Duration.ofSeconds(4));
        ScheduledExecutorService scheduler = KioskSession.liveScheduler();
        return new KioskSession(
                config,
                client,
                uiThread,
                System::nanoTime,
                Clock.systemUTC(),
                (me, listener) -> new LiveUpdates(
                        config.serviceUrl(),
                        config.username(),
                        config.password(),
                        me.kioskId(),
                        me.canteenId(),
                        listener,
                        scheduler),
                speaker);
    }
}
