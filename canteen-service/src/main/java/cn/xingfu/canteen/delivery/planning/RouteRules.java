package cn.xingfu.canteen.delivery.planning;

/**
 * Time rules of one planning run, in seconds.
 *
 * @param hotWindowSeconds a meal should be handed over this soon after the volunteer leaves the kitchen (default 45 min)
 * @param ceilingSeconds food-to-mouth ceiling that must never be exceeded (DOMAIN.md 5.4: 2 h)
 * @param serviceSeconds time spent at each door handing over and checking name, dishes and quantity
 */
public record RouteRules(long hotWindowSeconds, long ceilingSeconds, long serviceSeconds) {

    public RouteRules {
        if (hotWindowSeconds <= 0 || ceilingSeconds < hotWindowSeconds || serviceSeconds < 0) {
            throw new IllegalArgumentException("need 0 < hot window <= ceiling and service >= 0");
        }
    }

    public static RouteRules defaults() {
        return new RouteRules(45 * 60, 120 * 60, 3 * 60);
    }

    /** No time limits at all, for pure capacitated routing benchmarks. */
    public static RouteRules untimed() {
        return new RouteRules(Long.MAX_VALUE / 4, Long.MAX_VALUE / 4, 0);
    }
}
