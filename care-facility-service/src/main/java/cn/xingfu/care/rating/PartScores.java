package cn.xingfu.care.rating;

import java.util.EnumMap;
import java.util.Map;

/** One number per part: scores, maxima or minima. */
public record PartScores(int environment, int facilities, int operations, int service) {

    public int total() {
        return environment + facilities + operations + service;
    }

    public int get(RatingPart part) {
        return switch (part) {
            case ENVIRONMENT -> environment;
            case FACILITIES -> facilities;
            case OPERATIONS -> operations;
            case SERVICE -> service;
        };
    }

    public Map<RatingPart, Integer> asMap() {
        Map<RatingPart, Integer> map = new EnumMap<>(RatingPart.class);
        for (RatingPart part : RatingPart.values()) {
            map.put(part, get(part));
        }
        return map;
    }
}
