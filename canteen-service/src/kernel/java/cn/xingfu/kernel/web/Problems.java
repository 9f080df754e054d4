package cn.xingfu.kernel.web;

import cn.xingfu.kernel.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * Builds RFC 9457 problem details with our stable extensions: {@code code}, {@code messageZh},
 * {@code messageEn}. {@code detail} carries the message in the caller's language (Chinese by default).
 */
public final class Problems {

    private Problems() {}

    public static ProblemDetail of(HttpStatusCode status, String code, String zh, String en, Locale locale) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(
                URI.create("urn:xingfu:problem:" + code.toLowerCase(Locale.ROOT).replace('_', '-')));
        HttpStatus known = HttpStatus.resolve(status.value());
        problem.setTitle(known != null ? known.getReasonPhrase() : "Error");
        problem.setDetail(isEnglish(locale) ? en : zh);
        problem.setProperty("code", code);
        problem.setProperty("messageZh", zh);
        problem.setProperty("messageEn", en);
        return problem;
    }

    public static ProblemDetail of(DomainException e, Locale locale) {
        ProblemDetail problem = of(statusOf(e.kind()), e.code(), e.messageZh(), e.messageEn(), locale);
        for (Map.Entry<String, Object> detail : e.details().entrySet()) {
            problem.setProperty(detail.getKey(), detail.getValue());
        }
        return problem;
    }

    /**
     * The problem as a flat JSON object, for code that writes responses itself (filters, security entry
     * points) and so misses the mix-in Spring MVC uses to flatten {@link ProblemDetail#getProperties()}.
     */
    public static Map<String, Object> asJson(ProblemDetail problem) {
        Map<String, Object> json = new java.util.LinkedHashMap<>();
        json.put("type", String.valueOf(problem.getType()));
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        if (problem.getInstance() != null) {
            json.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        return json;
    }

    public static HttpStatus statusOf(DomainException.Kind kind) {
        return switch (kind) {
            case INVALID -> HttpStatus.BAD_REQUEST;
            case NOT_FOUND -> HttpStatus.NOT_FOUND;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case CONFLICT -> HttpStatus.CONFLICT;
            case REJECTED -> HttpStatus.UNPROCESSABLE_CONTENT;
        };
    }

    /**
     * The language of the caller's {@code detail}: what Accept-Language asks for, Chinese when it asks for nothing.
     * Not the servlet's default, which is the server's own locale (English on most machines).
     */
    public static Locale languageOf(HttpServletRequest request) {
        return request.getHeader(HttpHeaders.ACCEPT_LANGUAGE) == null ? Locale.CHINESE : request.getLocale();
    }

    static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }
}
