package cn.xingfu.kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.kiosk.Examples;
import cn.xingfu.kiosk.canteen.Json;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LiveTests {

    @Test
    void encodesFramesWithEscapedHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("destination", "/topic/a:b");
        StompFrame frame = new StompFrame("SEND", headers, "{}");
        assertThat(frame.encode()).isEqualTo("SEND\ndestination:/topic/a\\cb\n\n{}\0");
    }

    @Test
    void splitsMessagesSkipsHeartBeatsAndKeepsAnIncompleteTail() {
        String body = Examples.read("order-update.json").strip();
        StringBuilder buffer = new StringBuilder("\n\nCONNECTED\nversion:1.2\nheart-beat:10000,10000\n\n\0\n"
                + "MESSAGE\r\ndestination:/topic/orders/900001\r\nsubscription:sub-1\r\n\r\n" + body + "\0MESS");
        List<StompFrame> frames = StompFrame.drain(buffer);
        assertThat(frames).extracting(StompFrame::command).containsExactly("CONNECTED", "MESSAGE");
        assertThat(frames.get(0).header("heart-beat")).isEqualTo("10000,10000");
        assertThat(frames.get(1).header("destination")).isEqualTo("/topic/orders/900001");
        assertThat(Json.mapper()
                        .readValue(frames.get(1).body(), OrderUpdate.class)
                        .status())
                .isEqualTo("READY");
        assertThat(buffer.toString()).isEqualTo("MESS");
    }

    @Test
    void dropsStaleAndRepeatedVersions() {
        OrderUpdate v3 = Json.mapper().readValue(Examples.read("order-update.json"), OrderUpdate.class);
        OrderUpdate v2 = new OrderUpdate(
                v3.orderId(),
                v3.orderNumber(),
                v3.canteenId(),
                v3.kioskId(),
                "PREPARING",
                v3.channel(),
                v3.period(),
                v3.serviceDate(),
                2,
                v3.updatedAt());
        OrderVersions versions = new OrderVersions();
        assertThat(versions.offer(v2)).isTrue();
        assertThat(versions.offer(v3)).isTrue();
        assertThat(versions.offer(v3)).isFalse();
        assertThat(versions.offer(v2)).isFalse();
    }

    @Test
    void webSocketEndpointFollowsTheServiceUrl() {
        assertThat(LiveUpdates.webSocketUri(URI.create("http://localhost:8080")))
                .isEqualTo(URI.create("ws://localhost:8080/ws"));
        assertThat(LiveUpdates.webSocketUri(URI.create("https://canteen.example/")))
                .isEqualTo(URI.create("wss://canteen.example/ws"));
    }

    @Test
    void heartbeatsFollowTheLongerPeriodTheServiceOffers() {
        // the service offers 25 s both ways: the kiosk beats every 25 s and gives up after 75 s of silence
        assertThat(StompConnection.agreedHeartbeat("25000,25000")).containsExactly(25_000L, 25_000L);
        // a service asking for more than the kiosk's 10 s gets the kiosk's 10 s
        assertThat(StompConnection.agreedHeartbeat("5000,2000")).containsExactly(10_000L, 10_000L);
        // no heart-beats from the server, or none agreed: the kiosk keeps its own
        assertThat(StompConnection.agreedHeartbeat("0,0")).containsExactly(10_000L, 10_000L);
        assertThat(StompConnection.agreedHeartbeat(null)).containsExactly(10_000L, 10_000L);
        assertThat(StompConnection.agreedHeartbeat("x,y")).containsExactly(10_000L, 10_000L);
    }
}
