package cn.xingfu.kernel.web;

import cn.xingfu.kernel.DomainException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every error leaves the service as problem+json with a stable code and a Chinese and an English message;
 * {@code detail} is in English only when the caller asked for it ({@link Problems#languageOf}).
 * Ordered first so it wins over Boot's own problem-details handler (which would answer malformed JSON
 * without our {@code code}).
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(e, locale);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        ProblemDetail problem = validationFailed(locale);
        List<Map<String, Object>> errors = e.getBindingResult().getFieldErrors().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameter(HandlerMethodValidationException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        ProblemDetail problem = validationFailed(locale);
        problem.setProperty(
                "errors",
                e.getAllErrors().stream()
                        .map(error -> Map.<String, Object>of("message", String.valueOf(error.getDefaultMessage())))
                        .toList());
        return problem;
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "MALFORMED_REQUEST",
                "请求内容无法解析，请检查格式",
                "The request body is malformed or has values of the wrong type",
                locale);
    }

    @ExceptionHandler({
        MethodArgumentTypeMismatchException.class,
        MissingServletRequestParameterException.class,
        org.springframework.web.bind.ServletRequestBindingException.class
    })
    ProblemDetail badParameter(Exception e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "BAD_PARAMETER",
                "请求参数缺失或格式不对",
                "A request parameter is missing or has the wrong format",
                locale);
    }

    @ExceptionHandler(NoResourceFoundException.class)
    ProblemDetail noSuchPath(NoResourceFoundException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(HttpStatus.NOT_FOUND, "NO_SUCH_PATH", "没有这个地址", "There is nothing at this address", locale);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ProblemDetail wrongMethod(HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(
                HttpStatus.METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED",
                "不支持这种请求方式",
                "This method is not allowed here",
                locale);
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ProblemDetail wrongMediaType(HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(
                HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "UNSUPPORTED_MEDIA_TYPE",
                "请以 JSON 格式提交",
                "Send the request body as JSON",
                locale);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ProblemDetail concurrentChange(OptimisticLockingFailureException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(
                HttpStatus.CONFLICT,
                "CONCURRENT_CHANGE",
                "数据刚被他人修改，请刷新后重试",
                "Someone else changed this just now; reload and try again",
                locale);
    }

    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail integrity(DataIntegrityViolationException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        log.info(
                "Rejected by a database constraint: {}",
                e.getMostSpecificCause().getMessage());
        return Problems.of(
                HttpStatus.CONFLICT,
                "CONSTRAINT_VIOLATED",
                "与现有数据冲突（例如编号重复）",
                "This conflicts with existing data (for example a duplicate number)",
                locale);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail denied(AccessDeniedException e, HttpServletRequest request) {
        Locale locale = Problems.languageOf(request);
        return Problems.of(
                HttpStatus.FORBIDDEN, "ACCESS_DENIED", "您没有权限进行此操作", "You are not allowed to do this", locale);
    }

    private static ProblemDetail validationFailed(Locale locale) {
        return Problems.of(
                HttpStatus.BAD_REQUEST,
                "VALIDATION_FAILED",
                "提交的内容有误，请检查后重试",
                "The request has invalid fields",
                locale);
    }

    private static Map<String, Object> fieldError(FieldError error) {
        return Map.of("field", error.getField(), "message", String.valueOf(error.getDefaultMessage()));
    }
}
