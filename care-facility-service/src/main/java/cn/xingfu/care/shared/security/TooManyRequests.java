package cn.xingfu.care.shared.security;

import cn.xingfu.kernel.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/** 429 as problem+json with Retry-After in whole seconds (RFC 9110 §10.2.3), written by the throttling filters. */
final class TooManyRequests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private TooManyRequests() {}

    static void write(
            HttpServletRequest request,
            HttpServletResponse response,
            Duration retryAfter,
            String code,
            String zh,
            String en)
            throws IOException {
        long seconds = Math.max(1, (retryAfter.toMillis() + 999) / 1000);
        ProblemDetail problem = Problems.of(HttpStatus.TOO_MANY_REQUESTS, code, zh, en, request.getLocale());
        problem.setProperty("retryAfterSeconds", seconds);
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), Problems.asJson(problem));
    }
}
