package cn.xingfu.canteen.senior;

import org.jspecify.annotations.Nullable;

/**
 * A staff search. {@code q} is a name fragment (张三), pinyin initials (zsf) or the last four digits of the phone
 * (5678); {@code null} or blank lists everyone in scope. Pages are 0-based.
 */
public record SeniorSearch(@Nullable String q, @Nullable Long canteenId, int page, int size) {

    public static final int MAX_SIZE = 100;

    public SeniorSearch {
        page = Math.max(0, page);
        size = size <= 0 ? 20 : Math.min(size, MAX_SIZE);
    }
}
