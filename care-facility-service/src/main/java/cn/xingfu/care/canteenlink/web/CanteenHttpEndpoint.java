package cn.xingfu.care.canteenlink.web;

import cn.xingfu.care.canteenlink.CanteenEndpoint;
import cn.xingfu.care.canteenlink.CanteenLinkProperties;
import cn.xingfu.care.canteenlink.StayNotice;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.BufferingClientHttpRequestFactory;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/** Posts stay notices to canteen-service with this service's own account there. */
@Component
public class CanteenHttpEndpoint implements CanteenEndpoint {

    private final RestClient client;

    public CanteenHttpEndpoint(CanteenLinkProperties properties) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.timeout()).build());
        requests.setReadTimeout(properties.timeout());
        String basic = Base64.getEncoder()
                .encodeToString((properties.outboundUsername() + ":" + properties.outboundPassword())
                        .getBytes(StandardCharsets.UTF_8));
        this.client = RestClient.builder()
                .baseUrl(properties.canteenBaseUrl())
                // buffered, so the body goes with a Content-Length: canteen-service refuses chunked bodies
                .requestFactory(new BufferingClientHttpRequestFactory(requests))
                .defaultHeader(HttpHeaders.AUTHORIZATION, "Basic " + basic)
                .build();
    }

    @Override
    public void send(StayNotice notice) {
        client.post()
                .uri("/api/care-link/stays")
                .contentType(MediaType.APPLICATION_JSON)
                .body(notice)
                .retrieve()
                .toBodilessEntity();
    }
}
