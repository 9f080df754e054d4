package cn.xingfu.canteen.menu;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Clears the menu caches once the changing transaction has committed; clearing earlier would let a
 * concurrent reader cache the old state again before the commit.
 */
@Component
class MenuCacheEviction {

    private final CacheManager caches;

    MenuCacheEviction(CacheManager caches) {
        this.caches = caches;
    }

    void afterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    clear();
                }
            });
        } else {
            clear();
        }
    }

    private void clear() {
        for (String name : new String[] {MenuReads.MENUS, MenuReads.ITEMS, PictureVersions.CACHE}) {
            Cache cache = caches.getCache(name);
            if (cache != null) {
                cache.clear();
            }
        }
    }
}
