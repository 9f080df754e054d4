package cn.xingfu.canteen.delivery.planning;

import java.util.List;

/**
 * Travel time between two places for a transport mode. The straight-line implementation is a stand-in that a
 * road-network provider (a routing engine's table service) can replace without touching the planner.
 */
public interface TravelTimes {

    /** Seconds to travel from {@code from} to {@code to}. */
    long seconds(GeoPoint from, GeoPoint to, TransportMode mode);

    /**
     * Seconds between every pair of points, indexed like {@code points}. A road-network provider should override
     * this with one bulk request.
     */
    default TravelMatrix matrix(List<GeoPoint> points, TransportMode mode) {
        int n = points.size();
        long[][] seconds = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                seconds[i][j] = i == j ? 0 : seconds(points.get(i), points.get(j), mode);
            }
        }
        return new TravelMatrix(seconds);
    }
}
