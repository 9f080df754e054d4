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
 */
@ConfigurationProperties("xingfu.live")
public record LiveSettings(
        @DefaultValue Relay relay, @DefaultValue Kitchen kitchen) {

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
