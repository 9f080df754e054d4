package cn.xingfu.canteen.menu.web;

import cn.xingfu.canteen.menu.DishPictureView;
import cn.xingfu.canteen.menu.DishPictures;
import cn.xingfu.canteen.menu.StoredPicture;
import cn.xingfu.canteen.shared.security.Actor;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Dish pictures: managers upload the picture itself as the request body ({@code Content-Type: image/jpeg} or
 * {@code image/png}); everyone signed in (kiosks included) reads it. A URL with the current version ({@code v})
 * never changes its bytes, so it is cached for a year; without it, or with an old one, clients revalidate by ETag.
 */
@RestController
class DishPictureController {

    private static final CacheControl FOREVER =
            CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable();
    private static final CacheControl REVALIDATE = CacheControl.noCache().cachePrivate();

    private final DishPictures pictures;

    DishPictureController(DishPictures pictures) {
        this.pictures = pictures;
    }

    @GetMapping("/api/dishes/pictures")
    @Operation(summary = "Every dish that has a picture, with its URLs, size and who uploaded it")
    List<DishPictureView> all(Actor actor) {
        return pictures.all();
    }

    @PutMapping("/api/dishes/{dishId}/picture")
    @Operation(summary = "Set or replace a dish's picture (body: the JPEG or PNG file, at most 8 MB)")
    DishPictureView upload(
            @PathVariable long dishId,
            @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) @Nullable String contentType,
            @RequestBody(required = false) byte @Nullable [] body,
            Actor actor) {
        return pictures.store(dishId, body == null ? new byte[0] : body, contentType, actor);
    }

    @DeleteMapping("/api/dishes/{dishId}/picture")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a dish's picture; kiosks show a placeholder")
    void remove(@PathVariable long dishId, Actor actor) {
        pictures.remove(dishId, actor);
    }

    @GetMapping("/api/dishes/{dishId}/picture")
    @Operation(summary = "The picture (size=small for the thumbnail); cached for good when v is the current version")
    ResponseEntity<byte[]> picture(
            @PathVariable long dishId,
            @RequestParam(required = false) @Nullable String size,
            @RequestParam(required = false) @Nullable String v,
            @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) @Nullable String ifNoneMatch,
            Actor actor) {
        boolean thumbnail = "small".equals(size);
        StoredPicture picture = pictures.content(dishId, thumbnail);
        String etag = "\"" + picture.version() + (thumbnail ? "-s" : "-l") + "\"";
        CacheControl caching = picture.version().equals(v) ? FOREVER : REVALIDATE;
        if (ifNoneMatch != null && (ifNoneMatch.equals(etag) || ifNoneMatch.equals("W/" + etag))) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                    .eTag(etag)
                    .cacheControl(caching)
                    .build();
        }
        return ResponseEntity.ok()
                .eTag(etag)
                .cacheControl(caching)
                .contentType(MediaType.parseMediaType(picture.contentType()))
                .contentLength(picture.content().length)
                .body(picture.content());
    }
}
