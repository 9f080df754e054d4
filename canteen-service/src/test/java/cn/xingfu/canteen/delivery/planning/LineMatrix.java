package cn.xingfu.canteen.delivery.planning;

/** Test geography: the kitchen 0 and doors 1..3 on a line, 10 minutes apart (kitchen to door 1 also 10 minutes). */
final class LineMatrix {

    static final TravelMatrix LINE = new TravelMatrix(new long[][] {
        {0, 600, 1200, 1800},
        {600, 0, 600, 1200},
        {1200, 600, 0, 600},
        {1800, 1200, 600, 0}
    });

    private LineMatrix() {}
}
