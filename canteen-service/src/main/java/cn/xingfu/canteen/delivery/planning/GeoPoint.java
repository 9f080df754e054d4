package cn.xingfu.canteen.delivery.planning;

/** A WGS-84 coordinate in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

    private static final double EARTH_RADIUS_M = 6_371_008.8;

    /** Great-circle distance in metres. */
    public double metresTo(GeoPoint other) {
        double lat1 = Math.toRadians(latitude);
        double lat2 = Math.toRadians(other.latitude);
        double dLat = lat2 - lat1;
        double dLng = Math.toRadians(other.longitude - longitude);
        double h = Math.sin(dLat / 2) * Math.sin(dLat / 2)
                + Math.cos(lat1) * Math.cos(lat2) * Math.sin(dLng / 2) * Math.sin(dLng / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
