package cn.xingfu.canteen.figures.web;

import cn.xingfu.canteen.figures.CareFigures;
import cn.xingfu.canteen.figures.CareFiguresSource;
import cn.xingfu.canteen.figures.CareLinkProperties;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Asks care-facility-service for its district figures with canteen-service's own service credentials. The two
 * services share no code: this client owns its {@link CareFigures} record, matched to the JSON care answers.
 */
@Component
class CareFacilityClient implements CareFiguresSource {

    private static final Logger log = LoggerFactory.getLogger(CareFacilityClient.class);

    private final RestClient client;
    private final CareLinkProperties properties;

    CareFacilityClient(CareLinkProperties properties) {
        this.properties = properties;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        String basic = Base64.getEncoder()
                .encodeToString((properties.username() + ":" + properties.password()).getBytes(StandardCharsets.UTF_8));
        this.client = RestClient.builder()
                .baseUrl(properties.baseUrl())
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .build();
    }

    @Override
    public Outcome districtFigures(LocalDate on) {
        if (properties.password().isBlank()) {
            return new Outcome(null, "care-link password not configured (XINGFU_CANTEEN_SERVICE_PASSWORD)");
        }
        try {
            CareFigures figures = client.get()
                    .uri(uri -> uri.path("/api/canteen-link/district-figures")
                            .queryParam("date", on)
                            .build())
                    .retrieve()
                    .body(CareFigures.class);
            return figures == null ? new Outcome(null, "empty answer") : new Outcome(figures, null);
        } catch (RestClientException | IllegalArgumentException e) {
            log.warn("care-facility-service figures unavailable at {}: {}", properties.baseUrl(), e.getMessage());
            return new Outcome(null, e.getClass().getSimpleName());
        }
    }
}
