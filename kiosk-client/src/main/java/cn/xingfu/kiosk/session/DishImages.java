package cn.xingfu.kiosk.session;

import cn.xingfu.kiosk.canteen.CanteenClient;
import cn.xingfu.kiosk.canteen.MenuItem;
import cn.xingfu.kiosk.menu.PictureCache;
import java.io.ByteArrayInputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import javafx.scene.image.Image;

/**
 * The dishes' pictures, by URL, loaded off the UI thread from the kiosk's disk cache or else the service. The screen
 * shows a placeholder until a picture is there and then puts it in the same frame, so nothing moves.
 */
final class DishImages {

    private static final System.Logger LOG = System.getLogger(DishImages.class.getName());

    private final PictureCache cache;
    private final CanteenClient client;
    private final Executor io;
    private final Executor ui;
    private final ObservableMap<String, Image> images = FXCollections.observableHashMap();
    private final Set<String> asked = new HashSet<>();

    DishImages(PictureCache cache, CanteenClient client, Executor io, Executor ui) {
        this.cache = cache;
        this.client = client;
        this.io = io;
        this.ui = ui;
    }

    ObservableMap<String, Image> images() {
        return images;
    }

    /** Fetches what is not here yet; a picture that could not be had is asked for again with the next menu. */
    void load(List<MenuItem> items) {
        for (MenuItem item : items) {
            String url = item.pictureUrl();
            if (url == null || images.containsKey(url) || !asked.add(url)) {
                continue;
            }
            io.execute(() -> {
                Image image = cache.get(url, client::download)
                        .map(bytes -> new Image(new ByteArrayInputStream(bytes)))
                        .filter(i -> !i.isError())
                        .orElse(null);
                ui.execute(() -> {
                    asked.remove(url);
                    if (image != null) {
                        images.put(url, image);
                    } else {
                        LOG.log(System.Logger.Level.INFO, "no picture for {0} yet: placeholder shown", url);
                    }
                });
            });
        }
    }
}
