package cn.xingfu.canteen.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the modules' asynchronous event listeners (live push, audit, standing orders...). The
 * WebSocket broker's channel executors make Boot's own application executor back off, and @Async then fell back to
 * a new thread per event: at the lunch rush over ten thousand threads in a minute. A fixed pool bounds that. Its
 * queue is not bounded on purpose: a listener that ran in the committing thread instead (caller runs) would take a
 * second pooled connection while the first is still bound after the commit, and 64 kiosks then starved the pool
 * (measured: waves of 3 s timeouts, docs/performance.md). Events waiting in the queue are also in the event
 * registry, so none is lost if the instance stops; the live order pushes queued here are not (they keep no registry
 * row), and the screens they were for catch up over REST when they reconnect.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecutor {

    /** Named so that {@code @Async} (and with it {@code @ApplicationModuleListener}) picks it among executors. */
    @Bean("taskExecutor")
    ThreadPoolTaskExecutor taskExecutor(@Value("${xingfu.events.listener-threads:8}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("event-listener-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
