package cn.xingfu.canteen.live;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.simp.config.ChannelRegistration;
import org.springframework.messaging.simp.config.MessageBrokerRegistry;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.web.socket.config.annotation.EnableWebSocketMessageBroker;
import org.springframework.web.socket.config.annotation.StompEndpointRegistry;
import org.springframework.web.socket.config.annotation.WebSocketMessageBrokerConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketTransportRegistration;

/**
 * STOMP over a plain WebSocket at {@code /ws} (no SockJS: kiosks, tablets and TVs all speak WebSocket).
 * The in-memory broker serves one instance; {@code xingfu.live.relay.enabled=true} relays to RabbitMQ
 * so that several instances behind a load balancer reach every subscriber.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocketMessageBroker
@EnableConfigurationProperties(LiveSettings.class)
class WebSocketConfiguration implements WebSocketMessageBrokerConfigurer, DisposableBean {

    private final LiveSettings settings;
    private final StompSecurity security;
    private final SubscribeReceipts receipts;
    private final ThreadPoolTaskScheduler heartbeats = new ThreadPoolTaskScheduler();

    WebSocketConfiguration(
            LiveSettings settings,
            ObjectProvider<AuthenticationManager> authenticationManager,
            ObjectProvider<SubscriptionPolicy> policy,
            @Qualifier("clientOutboundChannel") ObjectProvider<MessageChannel> clientOutbound) {
        this.settings = settings;
        // looked up on first use: the broker configuration is built early, before JPA is ready
        this.security = new StompSecurity(authenticationManager::getObject, policy::getObject);
        this.receipts = new SubscribeReceipts(clientOutbound::getObject);
        // private to the broker: a TaskScheduler bean would be picked up by @Scheduled elsewhere
        heartbeats.setPoolSize(1);
        heartbeats.setThreadNamePrefix("stomp-heartbeat-");
        heartbeats.initialize();
    }

    @Override
    public void registerStompEndpoints(StompEndpointRegistry registry) {
        registry.addEndpoint("/ws");
        registry.setErrorHandler(
                new StompErrors(ConnectionBuffers.bytes(settings.buffers().maxInboundFrame())));
    }

    @Override
    public void configureWebSocketTransport(WebSocketTransportRegistration registration) {
        int maxFrame = ConnectionBuffers.bytes(settings.buffers().maxInboundFrame());
        // the guard decodes each piece the container hands on, so it refuses at the same frame size
        registration
                .setMessageSizeLimit(maxFrame)
                .addDecoratorFactory(InboundInPieces::new)
                .addDecoratorFactory(handler -> new StompFrameGuard(handler, maxFrame));
    }

    @Override
    public void configureMessageBroker(MessageBrokerRegistry registry) {
        registry.setApplicationDestinationPrefixes("/app");
        LiveSettings.Relay relay = settings.relay();
        if (relay.enabled()) {
            registry.enableStompBrokerRelay("/topic", "/queue")
                    .setRelayHost(relay.host())
                    .setRelayPort(relay.port())
                    .setClientLogin(relay.login())
                    .setClientPasscode(relay.passcode())
                    .setSystemLogin(relay.login())
                    .setSystemPasscode(relay.passcode())
                    .setVirtualHost(relay.virtualHost())
                    .setSystemHeartbeatSendInterval(relay.heartbeat().toMillis())
                    .setSystemHeartbeatReceiveInterval(relay.heartbeat().toMillis())
                    .setTaskScheduler(heartbeats);
            registry.configureBrokerChannel().interceptors(new RelayDestinations());
        } else {
            registry.enableSimpleBroker("/topic", "/queue")
                    .setHeartbeatValue(new long[] {
                        settings.heartbeat().toMillis(), settings.heartbeat().toMillis()
                    })
                    .setTaskScheduler(heartbeats);
        }
    }

    @Override
    public void configureClientInboundChannel(ChannelRegistration registration) {
        if (settings.relay().enabled()) {
            registration.interceptors(security, new RelayDestinations());
        } else {
            registration.interceptors(security, receipts);
        }
    }

    @Override
    public void configureClientOutboundChannel(ChannelRegistration registration) {
        if (settings.outboundThreads() > 0) {
            registration.taskExecutor().corePoolSize(settings.outboundThreads());
        }
    }

    @Override
    public void destroy() {
        heartbeats.shutdown();
    }
}
