package cn.xingfu.canteen.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the live push ({@code xingfu.live.*}).
 *
 * @param relay where STOMP messages go: the in-memory simple broker (default), or a RabbitMQ STOMP relay
 *     so that several instances of the service reach every subscriber
 * @param kitchen how the kitchen display colours waiting orders
 * @param heartbeat the STOMP heart-beat the service offers; a client proposing a shorter one gets this (the longer of
 *     the two wins), and a session silent for three periods is dropped. 10,000 kiosks beating every 10 s cost the
 *     broker 2,000 frames a second for nothing; at 25 s it is 800, and a kiosk still notices a dead link within
 *     about a minute and a quarter
 * @param outboundThreads threads writing to WebSocket clients: a write to a slow or dead client blocks its thread
 *     until the send time limit, so more than the two per core Spring starts with, which idle on I/O
 */
@ConfigurationProperties("xingfu.live")
public record LiveSettings(
        @DefaultValue Relay relay,
        @DefaultValue Kitchen kitchen,
        @DefaultValue("25s") Duration heartbeat,
        @DefaultValue("16") int outboundThreads) {

    /** The external STOMP broker (RabbitMQ with {@code rabbitmq_stomp}); used only when {@code enabled}. */
    public record Relay(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("61613") int port,
            @DefaultValue("guest") String login,
            @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost) {}

    /**
     * @param amberAfter an order waiting longer than this is shown amber ("waiting long")
     * @param redAfter an order waiting longer than this is shown red ("overdue")
     */
    public record Kitchen(
            @DefaultValue("15m") Duration amberAfter,
            @DefaultValue("25m") Duration redAfter) {}
}
