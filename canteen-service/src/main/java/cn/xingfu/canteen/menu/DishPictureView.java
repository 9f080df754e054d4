package cn.xingfu.canteen.menu;

import java.time.Instant;

/**
 * A dish's picture as staff pages and kiosks see it. The URLs carry the picture's version, so they change when
 * the picture is replaced and may be cached for good.
 */
public record DishPictureView(
        long dishId,
        String url,
        String thumbnailUrl,
        int width,
        int height,
        int bytes,
        String version,
        Instant uploadedAt,
        String uploadedBy) {}
