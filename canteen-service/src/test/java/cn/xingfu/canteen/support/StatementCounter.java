package cn.xingfu.canteen.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Test-only: counts what the service sends to the database, by kind ({@code SELECT meal_order}, {@code batch INSERT
 * meal_order_line}, {@code commit}...), by wrapping the DataSource in a {@link Proxy}. Only the request threads and the
 * event-listener pool and the order writer lanes are counted, so scheduled background jobs do not blur a per-order
 * figure. Import
 * {@link Configuration} into a test to install it.
 */
public final class StatementCounter {

    /** Connection calls that cost a round trip to the server (the driver sends a statement of its own). */
    private static final Set<String> CONNECTION_CALLS =
            Set.of("commit", "rollback", "setAutoCommit", "setReadOnly", "setTransactionIsolation");

    private static final Set<String> EXECUTIONS =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate");

    private static final Pattern TABLE = Pattern.compile(
            "^\\s*(?:select\\b.*?\\bfrom|insert\\s+into|update|delete\\s+from|replace\\s+into)\\s+([a-z_0-9]+)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final Map<String, LongAdder> counts = new ConcurrentHashMap<>();
    private volatile boolean counting;

    public void start() {
        counts.clear();
        counting = true;
    }

    /** Stops counting and returns the counts by kind, sorted. */
    public Map<String, Long> stop() {
        counting = false;
        Map<String, Long> result = new TreeMap<>();
        counts.forEach((kind, count) -> result.put(kind, count.sum()));
        return result;
    }

    static boolean isServiceThread(String name) {
        return name.startsWith("http-nio-") || name.startsWith("event-listener-") || name.startsWith("order-writer-");
    }

    private void record(String kind) {
        if (counting && isServiceThread(Thread.currentThread().getName())) {
            counts.computeIfAbsent(kind, k -> new LongAdder()).increment();
        }
    }

    static String kindOf(@Nullable String sql) {
        if (sql == null) {
            return "statement";
        }
        String verb = sql.strip().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
        Matcher table = TABLE.matcher(sql);
        return table.find() ? verb + " " + table.group(1).toLowerCase(Locale.ROOT) : verb;
    }

    DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (method, args) -> {
            Object result = method.invoke(target, args);
            return result instanceof Connection connection ? wrap(connection) : result;
        });
    }

    private Connection wrap(Connection target) {
        return proxy(Connection.class, target, (method, args) -> {
            String name = method.getName();
            if (CONNECTION_CALLS.contains(name)) {
                record(name + (args != null && args.length == 1 ? "(" + args[0] + ")" : ""));
            }
            Object result = method.invoke(target, args);
            if (result instanceof Statement statement) {
                String sql = name.startsWith("prepare") && args != null && args[0] instanceof String s ? s : null;
                return wrap(statement, sql);
            }
            return result;
        });
    }

    private Statement wrap(Statement target, @Nullable String preparedSql) {
        Class<? extends Statement> type = target instanceof java.sql.CallableStatement
                ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        String[] batchSql = {preparedSql};
        return proxy(type, target, (method, args) -> {
            String name = method.getName();
            if (EXECUTIONS.contains(name)) {
                record(kindOf(args != null && args.length > 0 && args[0] instanceof String s ? s : preparedSql));
            } else if (name.equals("addBatch") && args != null && args.length == 1 && args[0] instanceof String s) {
                batchSql[0] = s;
            } else if (name.equals("executeBatch") || name.equals("executeLargeBatch")) {
                record("batch " + kindOf(batchSql[0]));
            }
            return method.invoke(target, args);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, Call call) {
        InvocationHandler handler = (self, method, args) -> {
            if (method.getName().equals("unwrap") || method.getName().equals("isWrapperFor")) {
                return method.invoke(target, args);
            }
            try {
                return call.invoke(method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    /** Installs the counter around the application's DataSource. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Configuration {

        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }

        @Bean
        static BeanPostProcessor countingDataSource(
                org.springframework.beans.factory.ObjectProvider<StatementCounter> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(Proxy.isProxyClass(bean.getClass()))
                            ? counter.getObject().wrap(dataSource)
                            : bean;
                }
            };
        }
    }
}
