package cn.xingfu.canteen.shared;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Caches hold per-instance copies of menus, policies and canteens; with several instances an eviction on one must
 * reach the others. Every eviction or clear adds one to the cache's generation in {@code cache_generation} (after
 * the change committed: the callers evict after commit); every instance reads the generations every
 * {@code xingfu.cache.poll-millis} (2 s) and clears its own copy of a cache whose generation moved. So a menu or
 * policy change is seen everywhere within about two seconds, not after the ten-minute expiry.
 */
@Configuration(proxyBeanMethods = false)
class ClusterCaches {

    private static final Logger log = LoggerFactory.getLogger(ClusterCaches.class);

    @Bean
    static BeanPostProcessor clusterWideCacheEviction(
            ObjectProvider<JdbcTemplate> jdbc, ObjectProvider<PlatformTransactionManager> transactions) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof CacheManager manager && !(bean instanceof Manager)) {
                    return new Manager(manager, jdbc, transactions);
                }
                return bean;
            }
        };
    }

    @Bean
    Poller clusterCachePoller(CacheManager caches, JdbcTemplate jdbc) {
        return new Poller(caches, jdbc);
    }

    /** Reads the generations and clears what moved elsewhere. */
    static final class Poller {

        private final CacheManager caches;
        private final JdbcTemplate jdbc;
        private final Map<String, Long> seen = new ConcurrentHashMap<>();

        Poller(CacheManager caches, JdbcTemplate jdbc) {
            this.caches = caches;
            this.jdbc = jdbc;
        }

        @Scheduled(fixedDelayString = "${xingfu.cache.poll-millis:2000}", initialDelay = 2000)
        void poll() {
            try {
                jdbc.query("SELECT name, generation FROM cache_generation", row -> {
                    String name = row.getString(1);
                    long generation = row.getLong(2);
                    // a name announced for the first time since this instance started moved from "never": its
                    // first row may carry several bumps at once, so absence counts as generation 0
                    long before = seen.getOrDefault(name, 0L);
                    seen.put(name, generation);
                    if (before != generation) {
                        clearLocally(name);
                    }
                });
            } catch (DataAccessException e) {
                log.warn("Could not read the cache generations; local caches expire on their own", e);
            }
        }

        private void clearLocally(String name) {
            Cache cache = caches.getCache(name);
            if (cache instanceof Evicting evicting) {
                evicting.local.clear();
            } else if (cache != null) {
                cache.clear();
            }
        }
    }

    /** The auto-configured cache manager, its caches announcing their evictions. */
    static final class Manager implements CacheManager {

        private final CacheManager delegate;
        private final ObjectProvider<JdbcTemplate> jdbc;
        private final ObjectProvider<PlatformTransactionManager> transactions;
        private final Map<String, Cache> wrapped = new ConcurrentHashMap<>();

        Manager(
                CacheManager delegate,
                ObjectProvider<JdbcTemplate> jdbc,
                ObjectProvider<PlatformTransactionManager> transactions) {
            this.transactions = transactions;
            this.delegate = delegate;
            this.jdbc = jdbc;
        }

        @Override
        public @Nullable Cache getCache(String name) {
            Cache cache = delegate.getCache(name);
            return cache == null ? null : wrapped.computeIfAbsent(name, n -> new Evicting(cache, this));
        }

        @Override
        public Collection<String> getCacheNames() {
            return delegate.getCacheNames();
        }

        void announce(String name) {
            JdbcTemplate db = jdbc.getObject();
            // evictions come after the change committed, often from an afterCommit callback whose connection is
            // still bound but no longer commits: the bump gets a transaction of its own
            TransactionTemplate own = new TransactionTemplate(transactions.getObject());
            own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            try {
                own.executeWithoutResult(status -> {
                    if (db.update("UPDATE cache_generation SET generation = generation + 1 WHERE name = ?", name) == 0
                            && db.update("INSERT IGNORE INTO cache_generation (name, generation) VALUES (?, 1)", name)
                                    == 0) {
                        db.update("UPDATE cache_generation SET generation = generation + 1 WHERE name = ?", name);
                    }
                });
            } catch (DataAccessException | TransactionException e) {
                log.warn("Could not announce the eviction of cache {}; other instances see it on expiry", name, e);
            }
        }
    }

    /** A cache whose evictions and clears are announced to the other instances. */
    static final class Evicting implements Cache {

        final Cache local;
        private final Manager manager;

        Evicting(Cache local, Manager manager) {
            this.local = local;
            this.manager = manager;
        }

        @Override
        public String getName() {
            return local.getName();
        }

        @Override
        public Object getNativeCache() {
            return local.getNativeCache();
        }

        @Override
        public @Nullable ValueWrapper get(Object key) {
            return local.get(key);
        }

        @Override
        public <T> @Nullable T get(Object key, @Nullable Class<T> type) {
            return local.get(key, type);
        }

        @Override
        public <T> @Nullable T get(Object key, Callable<T> valueLoader) {
            return local.get(key, valueLoader);
        }

        @Override
        public @Nullable CompletableFuture<?> retrieve(Object key) {
            return local.retrieve(key);
        }

        @Override
        public <T> CompletableFuture<T> retrieve(Object key, Supplier<CompletableFuture<T>> valueLoader) {
            return local.retrieve(key, valueLoader);
        }

        @Override
        public void put(Object key, @Nullable Object value) {
            local.put(key, value);
        }

        @Override
        public @Nullable ValueWrapper putIfAbsent(Object key, @Nullable Object value) {
            return local.putIfAbsent(key, value);
        }

        @Override
        public void evict(Object key) {
            local.evict(key);
            manager.announce(getName());
        }

        @Override
        public boolean evictIfPresent(Object key) {
            boolean present = local.evictIfPresent(key);
            manager.announce(getName());
            return present;
        }

        @Override
        public void clear() {
            local.clear();
            manager.announce(getName());
        }

        @Override
        public boolean invalidate() {
            boolean any = local.invalidate();
            manager.announce(getName());
            return any;
        }
    }
}
