package cn.xingfu.canteen.delivery.planning;

/** Precomputed travel seconds between the locations of one planning problem; location 0 is the kitchen. */
public final class TravelMatrix {

    private final long[][] seconds;

    public TravelMatrix(long[][] seconds) {
        this.seconds = seconds;
    }

    public long seconds(int from, int to) {
        return seconds[from][to];
    }

    public int size() {
        return seconds.length;
    }
}
