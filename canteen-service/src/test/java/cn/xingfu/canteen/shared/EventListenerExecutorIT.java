package cn.xingfu.canteen.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/** The modules' asynchronous listeners run on the bounded pool, never on a thread made for one event. */
@SpringBootTest(properties = "xingfu.events.listener-threads=2")
class EventListenerExecutorIT {

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    Recorder recorder;

    @Test
    void fiftyEventsAreHandledByTheTwoListenerThreads() throws Exception {
        for (int i = 0; i < 50; i++) {
            int n = i;
            transactions.executeWithoutResult(status -> events.publishEvent(new Probe(n)));
        }

        assertThat(recorder.awaitAll()).isTrue();
        assertThat(recorder.threads()).hasSizeLessThanOrEqualTo(2).allMatch(name -> name.startsWith("event-listener-"));
    }

    record Probe(int n) {}

    /** A proxy (its listener runs asynchronously): read it through its methods, not its fields. */
    static class Recorder {
        private final Set<String> threads = ConcurrentHashMap.newKeySet();
        private final CountDownLatch done = new CountDownLatch(50);

        boolean awaitAll() throws InterruptedException {
            return done.await(30, TimeUnit.SECONDS);
        }

        Set<String> threads() {
            return Set.copyOf(threads);
        }

        @ApplicationModuleListener
        void on(Probe probe) {
            threads.add(Thread.currentThread().getName());
            done.countDown();
        }
    }

    @TestConfiguration
    static class Listening {
        @Bean
        Recorder recorder() {
            return new Recorder();
        }
    }
}
