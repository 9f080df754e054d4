package cn.xingfu.canteen.live;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

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
 * @param outboundThreads threads writing to WebSocket clients; 0 (the default) keeps Spring's two per core. 16 on a
 *     2-core box made the fan-out to 1,000 screens slower, not faster (p99 4 s against 0.2-0.7 s with 4,
 *     docs/performance.md): healthy clients' writes cost CPU, and more threads only contend for it. A write to a
 *     dead client can block its thread until the send time limit, which is what a larger number would buy back
 * @param buffers what each connection holds in memory while it is open (see {@link Buffers})
 */
@ConfigurationProperties("xingfu.live")
public record LiveSettings(
        @DefaultValue Relay relay,
        @DefaultValue Kitchen kitchen,
        @DefaultValue("25s") Duration heartbeat,
        @DefaultValue("0") int outboundThreads,
        @DefaultValue Buffers buffers) {

    /**
     * The external STOMP broker (RabbitMQ with {@code rabbitmq_stomp}); used only when {@code enabled}.
     *
     * @param heartbeat between this instance and the broker, both ways: one connection per instance, so beating
     *     often is cheap, and a network that silently stops carrying packets is noticed after three silent periods
     *     (30 s at the default), not when TCP gives up many minutes later
     * @param resendLimit how many orders whose push the broker refused while it was away are remembered, each once,
     *     to push again when the relay reconnects (the latest ones; older ones are forgotten and counted, their
     *     screens catch up over REST). 5,000 is 20 s of one instance at its measured peak of about 250 orders a
     *     second (docs/performance.md), at about a hundred bytes each
     */
    public record Relay(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("127.0.0.1") String host,
            @DefaultValue("61613") int port,
            @DefaultValue("guest") String login,
            @DefaultValue("guest") String passcode,
            @DefaultValue("/") String virtualHost,
            @DefaultValue("10s") Duration heartbeat,
            @DefaultValue("5000") int resendLimit) {}

    /**
     * Buffers each open connection keeps for as long as it is open: with 10,000 idle kiosks on one instance they,
     * not the messages, fill the heap (Tomcat's and Spring's defaults come to about 80 KB a connection; see
     * docs/performance.md). A kiosk sends only small frames (CONNECT, SUBSCRIBE, heart-beats) and receives order
     * snapshots of about a kilobyte, so small buffers cost it nothing.
     *
     * @param socket Tomcat's read and write buffer of every connection ({@code socket.appReadBufSize} and
     *     {@code appWriteBufSize}, 8 KB each by default); HTTP requests and responses larger than it simply take
     *     more reads and writes
     * @param websocketIo Tomcat's WebSocket read, output and encoder buffers of each session (the JVM-wide system
     *     property {@code org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE}, 8 KB by default, set here unless the JVM
     *     was started with it); an outgoing message larger than it goes out as several WebSocket fragments
     * @param inboundMessage Tomcat's buffer for an incoming WebSocket message (text, in characters, and binary, in
     *     bytes; 8 K each by default, and Spring would raise the text one to 16 K); a larger message is handed to
     *     the STOMP decoder in pieces of this size
     * @param maxInboundFrame the largest STOMP frame a client may send; a larger one is answered with an ERROR
     *     frame ({@code TOO_BIG}) and the connection is closed
     */
    public record Buffers(
            @DefaultValue("2KB") DataSize socket,
            @DefaultValue("2KB") DataSize websocketIo,
            @DefaultValue("1KB") DataSize inboundMessage,
            @DefaultValue("8KB") DataSize maxInboundFrame) {}

    /**
     * @param amberAfter an order waiting longer than this is shown amber ("waiting long")
     * @param redAfter an order waiting longer than this is shown red ("overdue")
     */
    public record Kitchen(
            @DefaultValue("15m") Duration amberAfter,
            @DefaultValue("25m") Duration redAfter) {}
}
