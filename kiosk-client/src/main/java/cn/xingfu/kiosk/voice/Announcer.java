package cn.xingfu.kiosk.voice;

import cn.xingfu.kiosk.voice.SpokenText.Line;
import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says the kiosk's sentences on a thread of its own, one after another, so the screen never waits for the voice.
 * A greeting starts a new senior: whatever was still queued or being said for the one before is dropped.
 */
public final class Announcer implements AutoCloseable {

    private final Speaker speaker;
    private final AtomicBoolean enabled;
    private final AtomicLong generation = new AtomicLong();
    private final ExecutorService voice = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "kiosk-voice");
        thread.setDaemon(true);
        return thread;
    });

    public Announcer(Speaker speaker, boolean enabled) {
        this.speaker = speaker;
        this.enabled = new AtomicBoolean(enabled);
    }

    public boolean enabled() {
        return enabled.get();
    }

    /** The staff switch. Switching off also stops what is being said. */
    public void setEnabled(boolean on) {
        enabled.set(on);
        if (!on) {
            generation.incrementAndGet();
            speaker.stop();
        }
    }

    public boolean engineAvailable() {
        return speaker.available();
    }

    public void greet(String maskedName) {
        generation.incrementAndGet();
        speaker.stop();
        say(SpokenText.greeting(maskedName));
    }

    public void orderPlaced(String orderNumber, List<Line> lines, boolean takeaway, BigDecimal selfPay, boolean cash) {
        StringBuilder said =
                new StringBuilder("下单成功。您点了").append(SpokenText.dishes(lines)).append("，");
        said.append(takeaway ? "打包带走。" : "在这里吃。");
        if (selfPay != null) {
            said.append(cash ? "请到柜台付现金" : "已从钱包付款")
                    .append(SpokenText.money(selfPay))
                    .append("。");
        }
        said.append("您的取餐号是 ").append(SpokenText.number(orderNumber)).append("。");
        say(said.toString());
    }

    public void orderSaved(String localRef) {
        say("网络暂时中断，您的订单已保存，联网后会自动确认。您的号码是 " + SpokenText.number(localRef) + "。");
    }

    public void ready(String orderNumber) {
        say(SpokenText.number(orderNumber) + " 号，您的饭菜好了，请到窗口取餐。");
    }

    private void say(String text) {
        if (!enabled.get()) {
            return;
        }
        long mine = generation.get();
        voice.execute(() -> {
            if (mine == generation.get() && enabled.get()) {
                speaker.speak(text);
            }
        });
    }

    @Override
    public void close() {
        speaker.stop();
        voice.shutdownNow();
    }
}
