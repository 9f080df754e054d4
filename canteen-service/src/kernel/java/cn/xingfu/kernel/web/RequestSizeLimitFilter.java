package cn.xingfu.kernel.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses oversized bodies before anything reads them: no endpoint of ours needs more than a few
 * kilobytes of JSON, and a huge body is either a mistake or an attack. A picture upload (a body of type
 * {@code image/*}, e.g. a dish picture) has its own, larger bound; the endpoint checks its exact limit.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
// the kernel lies outside the services' @ConfigurationPropertiesScan, so it registers its own properties
@EnableConfigurationProperties(RequestSizeLimitFilter.RequestLimits.class)
class RequestSizeLimitFilter extends OncePerRequestFilter {

    private final long maxBytes;
    private final long maxImageBytes;
    private final JsonMapper json = JsonMapper.builder().build();

    RequestSizeLimitFilter(RequestLimits limits) {
        this.maxBytes = limits.maxBodyBytes();
        this.maxImageBytes = limits.maxImageBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long length = request.getContentLengthLong();
        boolean chunked = length < 0 && "chunked".equalsIgnoreCase(request.getHeader("Transfer-Encoding"));
        String type = request.getContentType();
        long limit = type != null && type.toLowerCase(Locale.ROOT).startsWith("image/") ? maxImageBytes : maxBytes;
        if (length > limit || chunked) {
            var problem = Problems.of(
                    HttpStatus.CONTENT_TOO_LARGE,
                    "BODY_TOO_LARGE",
                    "提交的内容太大",
                    "The request body is too large (limit " + limit + " bytes)",
                    Problems.languageOf(request));
            response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), Problems.asJson(problem));
            return;
        }
        chain.doFilter(request, response);
    }

    /** Upper bounds for request bodies: any body, and a picture upload. */
    @ConfigurationProperties("xingfu.http")
    record RequestLimits(Long maxBodyBytes, Long maxImageBytes) {
        RequestLimits {
            if (maxBodyBytes == null) {
                maxBodyBytes = 64L * 1024;
            }
            if (maxImageBytes == null) {
                maxImageBytes = 10L * 1024 * 1024;
            }
        }
    }
}
