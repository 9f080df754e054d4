package cn.xingfu.canteen.live;

import jakarta.websocket.server.ServerContainer;
import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import org.springframework.web.context.ServletContextAware;

/**
 * Sizes the buffers every open connection holds ({@link LiveSettings.Buffers}). Tomcat allocates them when a
 * connection opens and keeps them until it closes, so an idle kiosk costs what they add up to.
 */
@Configuration(proxyBeanMethods = false)
class ConnectionBuffers {

    /** Read once, when Tomcat's WebSocket classes load. */
    static final String WEBSOCKET_IO_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";

    @Bean
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> connectionBufferSizes(LiveSettings settings) {
        LiveSettings.Buffers buffers = settings.buffers();
        return factory -> {
            // before the server starts, which is when the WebSocket classes load and read it; an explicit -D wins
            if (System.getProperty(WEBSOCKET_IO_BUFFER_PROPERTY) == null) {
                System.setProperty(WEBSOCKET_IO_BUFFER_PROPERTY, String.valueOf(bytes(buffers.websocketIo())));
            }
            factory.addConnectorCustomizers(connector -> {
                set(connector, "socket.appReadBufSize", bytes(buffers.socket()));
                set(connector, "socket.appWriteBufSize", bytes(buffers.socket()));
            });
        };
    }

    /**
     * The container's defaults for every session's inbound message buffers. The embedded server has made its
     * WebSocket container by the time beans are created; a mock servlet context (tests without a server) has none,
     * and then there is nothing to size.
     */
    @Bean
    ServletContextAware webSocketContainerBuffers(LiveSettings settings) {
        int size = bytes(settings.buffers().inboundMessage());
        return servletContext -> {
            if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(size);
                container.setDefaultMaxBinaryMessageBufferSize(size);
            }
        };
    }

    private static void set(Connector connector, String property, int value) {
        if (!connector.setProperty(property, String.valueOf(value))) {
            throw new IllegalStateException("Tomcat did not take " + property + "=" + value);
        }
    }

    static int bytes(DataSize size) {
        return Math.toIntExact(size.toBytes());
    }
}
