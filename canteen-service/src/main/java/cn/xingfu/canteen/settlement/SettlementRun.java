package cn.xingfu.canteen.settlement;

import cn.xingfu.canteen.shared.DbTime;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Builds one settlement, one short transaction per week of the month and then the adjustments and totals, writing the
 * progress after each step. Every step first locks the settlement's row and checks it is still RUNNING, so a
 * submitted month is never written and a submission waits for the step in progress.
 */
@Component
class SettlementRun {

    private static final Logger log = LoggerFactory.getLogger(SettlementRun.class);

    private final JdbcTemplate jdbc;
    private final ClaimLines lines;
    private final TransactionTemplate step;
    private final Clock clock;

    SettlementRun(JdbcTemplate jdbc, ClaimLines lines, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.lines = lines;
        this.step = new TransactionTemplate(transactions);
        this.step.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        this.clock = clock;
    }

    /**
     * Days copied per step: a week keeps each transaction short (a few thousand rows for a large canteen) with few
     * statements per month; the benchmark went from 89 s with one day per step to the figure in performance.md.
     */
    static final int DAYS_PER_STEP = 7;

    /** Steps of a month's run: the weeks, the adjustments, the totals. */
    static int steps(YearMonth month) {
        return (month.lengthOfMonth() + DAYS_PER_STEP - 1) / DAYS_PER_STEP + 2;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    void build(long settlementId, long canteenId, YearMonth month) {
        try {
            int done = 0;
            for (LocalDate day = month.atDay(1);
                    !day.isAfter(month.atEndOfMonth());
                    day = day.plusDays(DAYS_PER_STEP)) {
                LocalDate first = day;
                LocalDate last = min(day.plusDays(DAYS_PER_STEP - 1), month.atEndOfMonth());
                int progress = ++done;
                if (!inStep(settlementId, progress, () -> lines.copyDays(settlementId, canteenId, first, last))) {
                    return;
                }
            }
            if (!inStep(settlementId, ++done, () -> lines.copyAdjustments(settlementId, canteenId, month))) {
                return;
            }
            int last = ++done;
            step.executeWithoutResult(tx -> {
                if (stillRunning(settlementId)) {
                    lines.total(settlementId);
                    jdbc.update(
                            "UPDATE settlement SET status = 'READY', steps_done = ?, run_finished_at = ? WHERE id = ?",
                            last,
                            DbTime.utc(clock.instant()),
                            settlementId);
                }
            });
        } catch (RuntimeException e) {
            log.warn("settlement {} of canteen {} for {} failed", settlementId, canteenId, month, e);
            String why = String.valueOf(e.getMessage());
            jdbc.update(
                    "UPDATE settlement SET status = 'FAILED', run_error = ?, run_finished_at = ? WHERE id = ?"
                            + " AND status = 'RUNNING'",
                    why.length() > 400 ? why.substring(0, 400) : why,
                    DbTime.utc(clock.instant()),
                    settlementId);
        }
    }

    private boolean inStep(long settlementId, int progress, Runnable work) {
        Boolean ran = step.execute(tx -> {
            if (!stillRunning(settlementId)) {
                return false;
            }
            work.run();
            jdbc.update("UPDATE settlement SET steps_done = ? WHERE id = ?", progress, settlementId);
            return true;
        });
        return Boolean.TRUE.equals(ran);
    }

    /** Locks the settlement's row for this step; false when it is no longer RUNNING (submitted, or taken over). */
    private boolean stillRunning(long settlementId) {
        String status = jdbc.queryForObject(
                "SELECT status FROM settlement WHERE id = ? FOR UPDATE", String.class, settlementId);
        return "RUNNING".equals(status);
    }
}
