package cn.xingfu.kiosk.menu;

import cn.xingfu.kiosk.canteen.Json;
import cn.xingfu.kiosk.canteen.KioskMe;
import cn.xingfu.kiosk.canteen.MenuAvailability;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.canteen.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Keeps the last menu in memory and on disk; offline the kiosk shows it with prices "to be confirmed". */
public final class MenuCache {

    private static final System.Logger LOG = System.getLogger(MenuCache.class.getName());

    private final Path file;
    private final Clock clock;
    private CachedMenu current;

    public MenuCache(Path file, Clock clock) {
        this.file = file;
        this.clock = clock;
        if (Files.exists(file)) {
            try {
                current = Json.mapper().readValue(Files.readAllBytes(file), CachedMenu.class);
            } catch (IOException | RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "ignoring an unreadable menu cache {0}: {1}", file, e);
            }
        }
    }

    public synchronized Optional<CachedMenu> current() {
        return Optional.ofNullable(current);
    }

    public synchronized Optional<KioskMe> kiosk() {
        return current().map(CachedMenu::kiosk);
    }

    public synchronized void remember(KioskMe kiosk) {
        if (current == null) {
            store(new CachedMenu(kiosk, kiosk.serviceDate(), kiosk.period(), List.of(), clock.instant()));
        } else {
            store(new CachedMenu(kiosk, current.serviceDate(), current.period(), current.items(), current.fetchedAt()));
        }
    }

    public synchronized void remember(ScanResult scan) {
        KioskMe kiosk = current == null ? null : current.kiosk();
        List<MenuItem> items = scan.items().stream().map(MenuItem::anonymous).toList();
        store(new CachedMenu(kiosk, scan.serviceDate(), scan.period(), items, clock.instant()));
    }

    public synchronized void apply(MenuAvailability availability) {
        if (current == null || !samePeriod(availability.serviceDate().toString(), availability.period())) {
            return;
        }
        List<MenuItem> items = current.items().stream()
                .map(item -> availability.items().stream()
                        .filter(a -> a.menuItemId() == item.menuItemId())
                        .findFirst()
                        .map(a -> item.withAvailability(a.portionsLeft(), a.soldOut()))
                        .orElse(item))
                .toList();
        store(new CachedMenu(current.kiosk(), current.serviceDate(), current.period(), items, current.fetchedAt()));
    }

    public synchronized void apply(MenuChange change) {
        if (current == null || !samePeriod(change.serviceDate().toString(), change.period())) {
            return;
        }
        List<MenuItem> items = current.items().stream()
                .map(item -> item.menuItemId() == change.menuItemId()
                        ? item.withAvailability(change.portionsLeft(), change.soldOut())
                        : item)
                .toList();
        store(new CachedMenu(current.kiosk(), current.serviceDate(), current.period(), items, current.fetchedAt()));
    }

    private boolean samePeriod(String serviceDate, String period) {
        return current.serviceDate() != null
                && current.serviceDate().toString().equals(serviceDate)
                && Objects.equals(current.period(), period);
    }

    private void store(CachedMenu menu) {
        current = menu;
        try {
            Path parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.write(tmp, Json.mapper().writeValueAsBytes(menu));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write the menu cache {0}: {1}", file, e);
        }
    }
}
