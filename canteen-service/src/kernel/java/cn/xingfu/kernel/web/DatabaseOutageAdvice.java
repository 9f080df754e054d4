package cn.xingfu.kernel.web;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.dao.UncategorizedDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * The database cannot be reached (stopped, restarting, network cut): answer at once with 503 and Retry-After instead
 * of a 500 or a hung thread. Hikari's short connection timeout bounds the wait; the transaction that could not start
 * or commit wrote nothing that stays, and a client that retries with its Idempotency-Key gets the order that did
 * commit. The service recovers by itself: the pool opens new connections as soon as the database answers again.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class DatabaseOutageAdvice {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageAdvice.class);

    static final String RETRY_AFTER_SECONDS = "5";

    @ExceptionHandler({
        CannotCreateTransactionException.class,
        DataAccessResourceFailureException.class,
        TransientDataAccessResourceException.class,
        RecoverableDataAccessException.class,
        QueryTimeoutException.class
    })
    ResponseEntity<ProblemDetail> unavailable(Exception e, Locale locale) {
        log.warn("Database unavailable: {}", e.getMessage());
        return answer(locale);
    }

    /**
     * A commit or rollback that failed because the connection went away (Hibernate reports a rollback on a dead
     * connection as an uncategorised JpaSystemException): the outcome is for the retry to find out.
     */
    @ExceptionHandler({TransactionSystemException.class, UncategorizedDataAccessException.class})
    ResponseEntity<ProblemDetail> commitFailed(RuntimeException e, Locale locale) {
        if (!isConnectionFailure(e)) {
            log.error("Transaction failed", e);
            return ResponseEntity.internalServerError()
                    .body(Problems.of(
                            HttpStatus.INTERNAL_SERVER_ERROR,
                            "TRANSACTION_FAILED",
                            "保存失败，请重试",
                            "Saving failed; please try again",
                            locale));
        }
        log.warn("Database connection lost at commit: {}", e.getMessage());
        return answer(locale);
    }

    static ResponseEntity<ProblemDetail> answer(Locale locale) {
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS)
                .body(unavailableProblem(locale));
    }

    /** The problem for every outage answer, also written by the security entry point (sign-in needs the database). */
    public static ProblemDetail unavailableProblem(Locale locale) {
        return Problems.of(
                HttpStatus.SERVICE_UNAVAILABLE,
                "DATABASE_UNAVAILABLE",
                "系统暂时无法访问数据库，请稍后重试（订单不会重复扣款）",
                "The database cannot be reached just now; please try again shortly (a retried order is never charged twice)",
                locale);
    }

    /** SQLState class 08 is "connection exception"; the drivers also use these two types. */
    public static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            // Hikari's proxy of a connection it has already evicted says so without an SQLState
            if (t instanceof SQLException sql
                    && sql.getMessage() != null
                    && sql.getMessage().contains("Connection is closed")) {
                return true;
            }
            if (t instanceof java.net.ConnectException || t instanceof java.io.EOFException) {
                return true;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
