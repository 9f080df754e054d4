package cn.xingfu.kiosk.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import cn.xingfu.kiosk.Examples;
import cn.xingfu.kiosk.canteen.MenuChange;
import cn.xingfu.kiosk.canteen.OrderUpdate;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.autoconfigure.servlet.TomcatServletWebServerAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.DispatcherServletAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.server.HandshakeInterceptor;

/** The kiosk's own STOMP client against Spring's STOMP broker: credentials, subscriptions, reconnect. */
class LiveUpdatesTests {

    static final List<String> HANDSHAKE_AUTH = new CopyOnWriteArrayList<>();
    static final List<String> CONNECT_LOGINS = new CopyOnWriteArrayList<>();

    private ConfigurableApplicationContext broker;
    private LiveUpdates live;
    private final ScheduledExecutorService scheduler = cn.xingfu.kiosk.session.KioskSession.liveScheduler();

    @AfterEach
    void stop() {
        if (live != null) {
            live.close();
        }
        if (broker != null) {
            broker.close();
        }
        scheduler.shutdownNow();
    }

    private static ConfigurableApplicationContext startBroker(int port) {
        // command-line arguments, not default properties: canteen-service's application.yml is on the test class
        // path and its server.port (8080) would win over a default property, binding the port of a running demo
        return new SpringApplicationBuilder(Broker.class)
                .run(
                        "--server.port=" + port,
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off",
                        "--spring.config.name=kiosk-broker-test");
    }

    private static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
    }

    @Test
    void subscribesWithCredentialsReceivesUpdatesAndReconnects() {
        broker = startBroker(0);
        int port = port(broker);
        List<OrderUpdate> updates = new CopyOnWriteArrayList<>();
        List<MenuChange> changes = new CopyOnWriteArrayList<>();
        AtomicInteger connects = new AtomicInteger();
        AtomicInteger disconnects = new AtomicInteger();
        live = new LiveUpdates(
                URI.create("http://127.0.0.1:" + port),
                "kiosk01",
                "kiosk123",
                700001,
                1,
                new LiveUpdates.Listener() {
                    @Override
                    public void orderUpdated(OrderUpdate update) {
                        updates.add(update);
                    }

                    @Override
                    public void menuChanged(MenuChange change) {
                        changes.add(change);
                    }

                    @Override
                    public void connected() {
                        connects.incrementAndGet();
                    }

                    @Override
                    public void disconnected() {
                        disconnects.incrementAndGet();
                    }
                },
                scheduler);
        live.watch(900001);
        live.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> connects.get() == 1);
        assertThat(HANDSHAKE_AUTH).contains("Basic a2lvc2swMTpraW9zazEyMw==");
        assertThat(CONNECT_LOGINS).contains("kiosk01:kiosk123");

        SimpMessagingTemplate template = broker.getBean(SimpMessagingTemplate.class);
        String update = Examples.read("order-update.json");
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            template.convertAndSend("/topic/orders/900001", update);
            template.convertAndSend("/topic/kiosks/700001/orders", update);
            template.convertAndSend("/topic/canteens/1/menu", Examples.read("menu-change.json"));
            template.convertAndSend("/topic/kiosks/700002/orders", update);
            assertThat(updates).hasSizeGreaterThanOrEqualTo(2);
            assertThat(changes).isNotEmpty();
        });
        assertThat(updates).allSatisfy(u -> assertThat(u.status()).isEqualTo("READY"));
        assertThat(changes.get(0).soldOut()).isTrue();

        broker.close();
        await().atMost(Duration.ofSeconds(10)).until(() -> disconnects.get() == 1);
        broker = startBroker(port);
        await().atMost(Duration.ofSeconds(30)).until(() -> connects.get() == 2);
        updates.clear();
        SimpMessagingTemplate again = broker.getBean(SimpMessagingTemplate.class);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            again.convertAndSend("/topic/orders/900001", update);
            assertThat(updates).isNotEmpty();
        });
    }

    @SpringBootConfiguration
    // just a web server with a STOMP endpoint, whatever else (canteen-service) is on the test class path
    @ImportAutoConfiguration({TomcatServletWebServerAutoConfiguration.class, DispatcherServletAutoConfiguration.class})
    @EnableWebSocketMessageBroker
    static class Broker implements WebSocketMessageBrokerConfigurer {

        @Override
        public void registerStompEndpoints(StompEndpointRegistry registry) {
            registry.addEndpoint("/ws").addInterceptors(new HandshakeInterceptor() {
                @Override
                public boolean beforeHandshake(
                        ServerHttpRequest request,
                        ServerHttpResponse response,
                        WebSocketHandler handler,
                        Map<String, Object> attributes) {
                    HANDSHAKE_AUTH.add(String.valueOf(request.getHeaders().getFirst("Authorization")));
                    return true;
                }

                @Override
                public void afterHandshake(
                        ServerHttpRequest request,
                        ServerHttpResponse response,
                        WebSocketHandler handler,
                        Exception exception) {}
            });
        }

        @Override
        public void configureMessageBroker(MessageBrokerRegistry registry) {
            ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();
            heartbeats.setThreadNamePrefix("test-heartbeat-");
            heartbeats.initialize();
            registry.enableSimpleBroker("/topic")
                    .setHeartbeatValue(new long[] {10_000, 10_000})
                    .setTaskScheduler(heartbeats);
        }

        @Override
        public void configureClientInboundChannel(ChannelRegistration registration) {
            registration.interceptors(new ChannelInterceptor() {
                @Override
                public Message<?> preSend(Message<?> message, MessageChannel channel) {
                    StompHeaderAccessor accessor = StompHeaderAccessor.wrap(message);
                    if (accessor.getCommand() == StompCommand.CONNECT) {
                        CONNECT_LOGINS.add(accessor.getLogin() + ":" + accessor.getPasscode());
                    }
                    return message;
                }
            });
        }
    }
}
