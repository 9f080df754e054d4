package cn.xingfu.kiosk.voice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AnnouncerTests {

    /** Says each sentence, optionally holding the first until released (a slow engine). */
    static final class SlowSpeaker implements Speaker {
        final List<String> said = new CopyOnWriteArrayList<>();
        final CountDownLatch release = new CountDownLatch(1);
        final CountDownLatch started = new CountDownLatch(1);
        final boolean slow;
        volatile int stops;

        SlowSpeaker(boolean slow) {
            this.slow = slow;
        }

        @Override
        public void speak(String text) {
            if (slow && said.isEmpty()) {
                started.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            said.add(text);
        }

        @Override
        public void stop() {
            stops++;
        }

        @Override
        public boolean available() {
            return true;
        }
    }

    @Test
    void readsTheOrderBackWithItsNumber() {
        SlowSpeaker speaker = new SlowSpeaker(false);
        try (Announcer announcer = new Announcer(speaker, true)) {
            announcer.orderPlaced("A023", List.of(new SpokenText.Line("回锅肉", 2)), true, new BigDecimal("18.00"), true);
            announcer.ready("A023");
            await().atMost(Duration.ofSeconds(5)).until(() -> speaker.said.size() == 2);
        }
        assertThat(speaker.said.get(0)).isEqualTo("下单成功。您点了两份回锅肉，打包带走。请到柜台付现金18元。您的取餐号是 A，0，2，3。");
        assertThat(speaker.said.get(1)).isEqualTo("A，0，2，3 号，您的饭菜好了，请到窗口取餐。");
    }

    @Test
    void neverMakesTheCallerWaitAndANewSeniorDropsWhatWasQueued() throws InterruptedException {
        SlowSpeaker speaker = new SlowSpeaker(true);
        try (Announcer announcer = new Announcer(speaker, true)) {
            long before = System.nanoTime();
            announcer.greet("张*丰");
            assertThat(speaker.started.await(5, TimeUnit.SECONDS)).isTrue();
            announcer.ready("A001");
            announcer.greet("李*");
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));
            speaker.release.countDown();
            await().atMost(Duration.ofSeconds(5)).until(() -> speaker.said.size() >= 2);
            assertThat(speaker.said).containsExactly("张老，您好！请在屏幕上点选菜品。", "李老，您好！请在屏幕上点选菜品。");
            assertThat(speaker.stops)
                    .as("the greeting cuts the one before short")
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void staffCanSwitchItOff() {
        SlowSpeaker speaker = new SlowSpeaker(false);
        try (Announcer announcer = new Announcer(speaker, true)) {
            announcer.setEnabled(false);
            announcer.greet("张*丰");
            announcer.ready("A001");
            announcer.setEnabled(true);
            announcer.ready("A002");
            await().atMost(Duration.ofSeconds(5)).until(() -> speaker.said.size() == 1);
            assertThat(speaker.said).containsExactly("A，0，0，2 号，您的饭菜好了，请到窗口取餐。");
        }
    }
}
