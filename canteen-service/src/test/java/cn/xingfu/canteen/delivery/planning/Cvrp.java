package cn.xingfu.canteen.delivery.planning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A TSPLIB/CVRPLIB capacitated VRP instance turned into a {@link RoutePlan} with integer Euclidean distances. */
record Cvrp(String name, int vehicles, int capacity, double[][] coordinates, int[] demands) {

    private static final Pattern VEHICLES = Pattern.compile("-k(\\d+)");

    static Cvrp read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        String name = file.getFileName().toString().replace(".vrp", "");
        int dimension = 0;
        int capacity = 0;
        double[][] coordinates = null;
        int[] demands = null;
        String section = "";
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("DIMENSION")) {
                dimension =
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
                coordinates = new double[dimension][];
                demands = new int[dimension];
            } else if (line.startsWith("CAPACITY")) {
                capacity =
                        Integer.parseInt(line.substring(line.indexOf(':') + 1).trim());
            } else if (line.endsWith("SECTION") || line.equals("EOF")) {
                section = line;
            } else if (section.equals("NODE_COORD_SECTION")) {
                String[] parts = line.split("\\s+");
                coordinates[Integer.parseInt(parts[0]) - 1] =
                        new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
            } else if (section.equals("DEMAND_SECTION")) {
                String[] parts = line.split("\\s+");
                demands[Integer.parseInt(parts[0]) - 1] = Integer.parseInt(parts[1]);
            }
        }
        Matcher k = VEHICLES.matcher(name);
        if (!k.find() || dimension == 0) {
            throw new IOException("not a CVRP instance with -kN in its name: " + file);
        }
        return new Cvrp(name, Integer.parseInt(k.group(1)), capacity, coordinates, demands);
    }

    /** Node 1 (index 0) is the depot; distances are TSPLIB {@code nint} of the Euclidean distance. */
    RoutePlan problem() {
        int n = coordinates.length;
        long[][] distances = new long[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double dx = coordinates[i][0] - coordinates[j][0];
                double dy = coordinates[i][1] - coordinates[j][1];
                distances[i][j] = (long) Math.floor(Math.sqrt(dx * dx + dy * dy) + 0.5);
            }
        }
        TravelMatrix matrix = new TravelMatrix(distances);
        List<Stop> stops = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            stops.add(new Stop(i, i, i, demands[i], null, null));
        }
        List<Round> rounds = new ArrayList<>();
        for (int v = 0; v < vehicles; v++) {
            rounds.add(new Round(v + 1, capacity, TransportMode.E_BIKE, 0, matrix, RouteRules.untimed(), false));
        }
        return new RoutePlan(rounds, stops);
    }
}
