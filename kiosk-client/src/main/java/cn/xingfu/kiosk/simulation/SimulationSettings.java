package cn.xingfu.kiosk.simulation;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What one simulation run does ({@code --name=value} arguments). The accounts are those of one canteen: its kiosk
 * account (every virtual kiosk signs in with it, each on a connection of its own), its manager (sets up the dish
 * and the seniors with cards and money) and its staff (the kitchen displays).
 */
public record SimulationSettings(
        URI service,
        int kiosks,
        int kitchens,
        int seniors,
        Duration duration,
        Duration warmUp,
        Duration drain,
        Duration think,
        Duration cook,
        Duration progressEvery,
        String kioskUser,
        String kioskPassword,
        String managerUser,
        String managerPassword,
        String staffUser,
        String staffPassword,
        long portions) {

    public static SimulationSettings from(String[] args) {
        Map<String, String> values = new HashMap<>();
        for (String arg : args) {
            if (arg.startsWith("--") && arg.contains("=")) {
                values.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
            }
        }
        String canteen = values.getOrDefault("canteen", "01");
        return new SimulationSettings(
                URI.create(values.getOrDefault("service", "http://localhost:8080")),
                Integer.parseInt(values.getOrDefault("kiosks", "20")),
                Integer.parseInt(values.getOrDefault("kitchens", "2")),
                Integer.parseInt(values.getOrDefault("seniors", "100")),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("seconds", "60"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("warm-up-seconds", "10"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("drain-seconds", "15"))),
                Duration.ofMillis(Long.parseLong(values.getOrDefault("think-millis", "0"))),
                Duration.ofMillis(Long.parseLong(values.getOrDefault("cook-millis", "0"))),
                Duration.ofSeconds(Long.parseLong(values.getOrDefault("progress-seconds", "5"))),
                values.getOrDefault("kiosk-user", "kiosk" + canteen),
                values.getOrDefault("kiosk-password", "kiosk123"),
                values.getOrDefault("manager-user", "manager" + canteen),
                values.getOrDefault("manager-password", "manager123"),
                values.getOrDefault("staff-user", "staff" + canteen),
                values.getOrDefault("staff-password", "staff123"),
                Long.parseLong(values.getOrDefault("portions", "100000")));
    }

    public SimulationSettings {
        if (kiosks < 1 || kitchens < 1 || seniors < 1) {
            throw new IllegalArgumentException("kiosks, kitchens and seniors must be at least 1");
        }
    }
}
