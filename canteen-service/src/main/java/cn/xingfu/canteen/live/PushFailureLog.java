package cn.xingfu.canteen.live;

import java.lang.reflect.Method;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.scheduling.annotation.AsyncConfigurer;

/**
 * How a failed asynchronous listener is logged (the menu and welfare-alert pushes; the order push is not an
 * asynchronous listener and logs its own failures). Spring's default logs every failure with its stack trace; while
 * RabbitMQ is away that is one stack trace per push, for a failure the relay's own WARN line has already explained
 * and that heals by itself (the publication stays in the registry and {@link MissedPushes} resends it). A push that
 * the broker refused is therefore one WARN line; every other failure is logged as Spring logs it.
 */
@Configuration(proxyBeanMethods = false)
class PushFailureLog implements AsyncConfigurer {

    private static final Logger log = LoggerFactory.getLogger(PushFailureLog.class);
    private static final Logger spring =
            LoggerFactory.getLogger(org.springframework.aop.interceptor.SimpleAsyncUncaughtExceptionHandler.class);

    @Override
    public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
        return PushFailureLog::handle;
    }

    static void handle(Throwable failure, Method method, Object... params) {
        if (isRefusedPush(failure, method)) {
            log.warn(
                    "Push {}.{} not sent: the broker is unavailable; it is resent once the relay reconnects",
                    method.getDeclaringClass().getSimpleName(),
                    method.getName());
            return;
        }
        spring.error("Unexpected exception occurred invoking async method: {}", method, failure);
    }

    static boolean isRefusedPush(Throwable failure, Method method) {
        return failure instanceof MessageDeliveryException
                && method.getDeclaringClass().getPackageName().equals(PushFailureLog.class.getPackageName());
    }
}
