package cn.xingfu.canteen.delivery.planning;

import java.util.Map;

/**
 * Haversine distance times a road factor (streets are longer than the crow flies), divided by the speed of the
 * transport mode.
 */
public final class StraightLineTravelTimes implements TravelTimes {

    private final double roadFactor;
    private final Map<TransportMode, Double> kmPerHour;

    public StraightLineTravelTimes(double roadFactor, Map<TransportMode, Double> kmPerHour) {
        if (roadFactor < 1) {
            throw new IllegalArgumentException("a road is never shorter than the straight line");
        }
        for (TransportMode mode : TransportMode.values()) {
            if (kmPerHour.getOrDefault(mode, 0.0) <= 0) {
                throw new IllegalArgumentException("no speed for " + mode);
            }
        }
        this.roadFactor = roadFactor;
        this.kmPerHour = Map.copyOf(kmPerHour);
    }

    /** Hilly Jiangjin streets: 1.4 road factor, 4 km/h on foot, 15 km/h by e-bike. */
    public static StraightLineTravelTimes defaults() {
        return new StraightLineTravelTimes(1.4, Map.of(TransportMode.ON_FOOT, 4.0, TransportMode.E_BIKE, 15.0));
    }

    @Override
    public long seconds(GeoPoint from, GeoPoint to, TransportMode mode) {
        double metres = from.metresTo(to) * roadFactor;
        double metresPerSecond = kmPerHour.get(mode) / 3.6;
        return Math.round(metres / metresPerSecond);
    }
}
