package cn.xingfu.canteen.shared;

import java.util.concurrent.ThreadPoolExecutor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that run the modules' asynchronous event listeners (live push, audit, standing orders...). The
 * WebSocket broker's channel executors make Boot's own application executor back off, and @Async then fell back to
 * a new thread per event: at the lunch rush over ten thousand threads in a minute, each one taking a database
 * connection at once. A fixed pool bounds that; when it is saturated the committing thread runs the listener
 * itself, which slows the rush down instead of losing or queueing without end.
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecutor {

    /** Named so that {@code @Async} (and with it {@code @ApplicationModuleListener}) picks it among executors. */
    @Bean("taskExecutor")
    ThreadPoolTaskExecutor taskExecutor(
            @Value("${xingfu.events.listener-threads:4}") int threads,
            @Value("${xingfu.events.listener-queue:10000}") int queue) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setThreadNamePrefix("event-listener-");
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setQueueCapacity(queue);
        executor.setRejectedExecutionHandler(new ThreadPoolExecutor.CallerRunsPolicy());
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(10);
        return executor;
    }
}
