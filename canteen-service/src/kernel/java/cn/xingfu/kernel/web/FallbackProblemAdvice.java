package cn.xingfu.kernel.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * What no other handler answers: Spring's own errors ({@code ResponseStatusException}, 406, a missing multipart
 * part, ...) and anything unexpected (500), still as our problem+json with a code and both messages. Ordered after
 * the specific handlers ({@link ProblemDetailsAdvice}, {@link DatabaseOutageAdvice}) and just before Boot's own
 * problem handler (unordered, so last), which answers without a code; without this advice such errors left as Boot's
 * {@code {timestamp, status, error, path}} or Spring's plain problem without a code.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class FallbackProblemAdvice {

    private static final Logger log = LoggerFactory.getLogger(FallbackProblemAdvice.class);

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> anything(Exception e, HttpServletRequest request) throws Exception {
        if (e instanceof AuthenticationException || e instanceof AsyncRequestNotUsableException) {
            // the security chain answers 401 itself; a client that went away gets no answer at all
            throw e;
        }
        Locale locale = Problems.languageOf(request);
        if (e instanceof ErrorResponse spring) {
            HttpStatusCode status = spring.getStatusCode();
            ResponseEntity.BodyBuilder answer = ResponseEntity.status(status);
            spring.getHeaders().forEach((name, values) -> answer.header(name, values.toArray(String[]::new)));
            return answer.body(problemFor(status, locale));
        }
        log.error("Unexpected failure of {} {}", request.getMethod(), request.getRequestURI(), e);
        return ResponseEntity.internalServerError()
                .body(Problems.of(
                        HttpStatus.INTERNAL_SERVER_ERROR,
                        "INTERNAL_ERROR",
                        "系统出错，请稍后重试",
                        "Something went wrong on our side; please try again later",
                        locale));
    }

    /** A stable code for each status Spring itself refuses with. */
    static ProblemDetail problemFor(HttpStatusCode status, Locale locale) {
        return switch (status.value()) {
            case 400 -> Problems.of(status, "BAD_REQUEST", "请求格式不对", "The request is not in the expected form", locale);
            case 404 -> Problems.of(status, "NO_SUCH_PATH", "没有这个地址", "There is nothing at this address", locale);
            case 405 ->
                Problems.of(status, "METHOD_NOT_ALLOWED", "不支持这种请求方式", "This method is not allowed here", locale);
            case 406 ->
                Problems.of(
                        status,
                        "NOT_ACCEPTABLE",
                        "无法以所要求的格式回答",
                        "The answer cannot be given in any of the accepted formats",
                        locale);
            case 413 -> Problems.of(status, "BODY_TOO_LARGE", "提交的内容太大", "The request body is too large", locale);
            case 415 ->
                Problems.of(status, "UNSUPPORTED_MEDIA_TYPE", "请以 JSON 格式提交", "Send the request body as JSON", locale);
            default ->
                status.is4xxClientError()
                        ? Problems.of(
                                status,
                                "REQUEST_REFUSED",
                                "请求未被接受",
                                "The request was refused (HTTP " + status.value() + ")",
                                locale)
                        : Problems.of(
                                status,
                                "SERVER_ERROR",
                                "系统暂时无法处理，请稍后重试",
                                "The request could not be handled just now; please try again later",
                                locale);
        };
    }
}
