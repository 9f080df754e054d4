package cn.xingfu.kernel.security;

import cn.xingfu.kernel.web.DatabaseOutageAdvice;
import cn.xingfu.kernel.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 for API clients as problem+json, like every other error. */
public class ProblemAuthenticationEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json = JsonMapper.builder().build();

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (e instanceof InternalAuthenticationServiceException) {
            // the account could not be read (database unreachable): not the caller's fault, try again shortly
            response.setHeader("Retry-After", "5");
            write(response, DatabaseOutageAdvice.unavailableProblem(request.getLocale()));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"xingfu\"");
        if (e instanceof LockedException) {
            write(
                    response,
                    Problems.of(
                            HttpStatus.UNAUTHORIZED,
                            "ACCOUNT_LOCKED",
                            "登录失败次数过多，账号已暂时锁定；请稍后再试或联系区级管理员解锁",
                            "Too many failed sign-ins: the account is locked for a while (a district administrator can unlock it)",
                            request.getLocale()));
            return;
        }
        write(
                response,
                Problems.of(
                        HttpStatus.UNAUTHORIZED,
                        "AUTHENTICATION_REQUIRED",
                        "请先登录（用户名或密码不正确）",
                        "Sign in first (or the user name or password is wrong)",
                        Problems.languageOf(request)));
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(
                response,
                Problems.of(
                        HttpStatus.FORBIDDEN,
                        "ACCESS_DENIED",
                        "您没有权限进行此操作",
                        "You are not allowed to do this",
                        Problems.languageOf(request)));
    }

    private void write(HttpServletResponse response, ProblemDetail problem) throws IOException {
        response.setStatus(problem.getStatus());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), Problems.asJson(problem));
    }
}
