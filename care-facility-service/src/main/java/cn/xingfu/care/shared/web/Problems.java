package cn.xingfu.care.shared.web;

import cn.xingfu.care.shared.DomainException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * RFC 9457 problem details with our extensions {@code code}, {@code messageZh} and {@code messageEn};
 * {@code detail} is the message in the caller's language, Chinese unless English was asked for.
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatus status, String code, String zh, String en, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(
                "urn:xingfu:care:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        problem.setTitle(status.getReasonPhrase());
        problem.setDetail(locale != null && "en".equals(locale.getLanguage()) ? en : zh);
        problem.setProperty("code", code);
        problem.setProperty("messageZh", zh);
        problem.setProperty("messageEn", en);
        return problem;
    }

    /** Flat JSON body for writers outside Spring MVC (filters, security), where the MVC mixin is absent. */
    public static Map<String, Object> body(ProblemDetail problem) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", String.valueOf(problem.getType()));
        body.put("title", problem.getTitle());
        body.put("status", problem.getStatus());
        body.put("detail", problem.getDetail());
        if (problem.getProperties() != null) {
            body.putAll(problem.getProperties());
        }
        return body;
    }

    public static ProblemDetail of(DomainException e, Locale locale) {
        HttpStatus status = switch (e.kind()) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
        ProblemDetail problem = of(status, e.code(), e.messageZh(), e.messageEn(), locale);
        e.details().forEach(problem::setProperty);
        return problem;
    }
}
