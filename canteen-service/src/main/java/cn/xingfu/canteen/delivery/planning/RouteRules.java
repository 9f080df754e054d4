package cn.xingfu.canteen.delivery.planning;

/**
 * Time rules of one planning run, in seconds.
 *
 * @param hotWindowSeconds a meal should be handed over this soon after its trip leaves the kitchen (default 45 min)
 * @param ceilingSeconds food-to-mouth ceiling, counted from when the meal is ready (DOMAIN.md 5.4: 2 h); never exceeded
 * @param serviceSeconds time spent at each door handing over and checking name, dishes and quantity
 * @param reloadSeconds time back at the kitchen between two trips: swap the empty boxes for full ones
 * @param maxTrips how many times a volunteer may leave the kitchen for one meal
 */
public record RouteRules(
        long hotWindowSeconds, long ceilingSeconds, long serviceSeconds, long reloadSeconds, int maxTrips) {

    public RouteRules {
        if (hotWindowSeconds <= 0 || ceilingSeconds < hotWindowSeconds || serviceSeconds < 0 || reloadSeconds < 0) {
            throw new IllegalArgumentException("need 0 < hot window <= ceiling, service >= 0 and reload >= 0");
        }
        if (maxTrips < 1) {
            throw new IllegalArgumentException("a volunteer makes at least one trip");
        }
    }

    public static RouteRules defaults() {
        return new RouteRules(45 * 60, 120 * 60, 3 * 60, 5 * 60, 3);
    }

    /** One trip per vehicle and no time limits at all, for pure capacitated routing benchmarks (CVRP). */
    public static RouteRules untimed() {
        return new RouteRules(Long.MAX_VALUE / 4, Long.MAX_VALUE / 4, 0, 0, 1);
    }

    public RouteRules withMaxTrips(int trips) {
        return new RouteRules(hotWindowSeconds, ceilingSeconds, serviceSeconds, reloadSeconds, trips);
    }
}
