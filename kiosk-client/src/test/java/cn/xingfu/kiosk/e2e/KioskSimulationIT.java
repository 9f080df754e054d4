package cn.xingfu.kiosk.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.simulation.KioskSimulation;
import cn.xingfu.kiosk.simulation.MeasuredStep;
import cn.xingfu.kiosk.simulation.SimulationReport;
import cn.xingfu.kiosk.simulation.SimulationSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The simulation mode, briefly, against the real canteen-service (demo data, started on a free port): virtual kiosks
 * scan, read the menu and order, the kitchen display moves every order to READY, and every kiosk order is heard
 * READY over the kiosk's live subscription. The service's clock is moved to lunch time here, so the push latency
 * (service timestamp to receipt) is only counted, not judged.
 */
class KioskSimulationIT {

    @TempDir
    static Path serviceDir;

    private static RunningCanteenService service;

    @BeforeAll
    static void startService() {
        service = new RunningCanteenService(serviceDir);
        service.start();
    }

    @AfterAll
    static void stopService() {
        if (service != null) {
            service.close();
        }
    }

    @Test
    void virtualKiosksOrderAndHearEveryOrderReady() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        SimulationSettings settings = SimulationSettings.from(new String[] {
            "--service=" + service.url(),
            "--kiosks=3",
            "--kitchens=1",
            "--seniors=4",
            "--warm-up-seconds=1",
            "--seconds=4",
            "--drain-seconds=20",
            "--progress-seconds=1"
        });

        SimulationReport report =
                new KioskSimulation(settings, new PrintStream(printed, true, StandardCharsets.UTF_8)).run();

        String output = printed.toString(StandardCharsets.UTF_8);
        System.out.print(output);
        assertThat(report.errors()).as(output).isEmpty();
        assertThat(report.notReady()).as(output).isZero();
        assertThat(report.orders()).as(output).isPositive();
        assertThat(report.ordersPerSecond()).isPositive();
        assertThat(report.latency(MeasuredStep.ORDER).count()).isEqualTo(report.orders());
        assertThat(report.latency(MeasuredStep.SCAN).count()).isPositive();
        assertThat(report.latency(MeasuredStep.READY).count()).isPositive();
        assertThat(report.latency(MeasuredStep.KITCHEN).count()).isPositive();
        assertThat(report.latency(MeasuredStep.PUSH_KIOSK).count()).isPositive();
        assertThat(report.latency(MeasuredStep.PUSH_KITCHEN).count()).isPositive();
        assertThat(output).contains("setup: canteen", "orders/s", "order to ready", "waiting for ready");
    }
}
