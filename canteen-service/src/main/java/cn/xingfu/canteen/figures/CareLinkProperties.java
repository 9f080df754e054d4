package cn.xingfu.canteen.figures;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How canteen-service reaches care-facility-service ({@code xingfu.care-link.*}): its base URL and the service
 * account care-facility-service created for canteen-service (never a person's login).
 */
@ConfigurationProperties("xingfu.care-link")
public record CareLinkProperties(
        @DefaultValue("http://localhost:8081") String baseUrl,
        @DefaultValue("canteen-service") String username,
        @DefaultValue("") String password,
        @DefaultValue("5s") Duration timeout) {}
