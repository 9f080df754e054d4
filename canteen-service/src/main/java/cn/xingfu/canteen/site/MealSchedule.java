package cn.xingfu.canteen.site;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalTime;

/** The stored form of a {@link MealWindow}. */
@Embeddable
class MealSchedule {

    @Enumerated(EnumType.STRING)
    @Column(name = "meal_period", nullable = false, length = 16)
    private MealPeriod period;

    @Column(name = "serve_from", nullable = false)
    private LocalTime serveFrom;

    @Column(name = "serve_until", nullable = false)
    private LocalTime serveUntil;

    @Column(name = "dine_in_cutoff", nullable = false)
    private LocalTime dineInCutoff;

    @Column(name = "takeaway_cutoff", nullable = false)
    private LocalTime takeawayCutoff;

    @Column(name = "delivery_cutoff", nullable = false)
    private LocalTime deliveryCutoff;

    protected MealSchedule() {}

    static MealSchedule of(MealWindow w) {
        MealSchedule s = new MealSchedule();
        s.period = w.period();
        s.serveFrom = w.serveFrom();
        s.serveUntil = w.serveUntil();
        s.dineInCutoff = w.dineInCutoff();
        s.takeawayCutoff = w.takeawayCutoff();
        s.deliveryCutoff = w.deliveryCutoff();
        return s;
    }

    /** Serving must take time, and nobody can order a meal after it stops being served. */
    static void validate(MealWindow w) {
        if (!w.serveFrom().isBefore(w.serveUntil())) {
            throw DomainException.invalid("INVALID_MEAL_WINDOW", "供餐开始时间必须早于结束时间", "Serving must start before it ends");
        }
        if (w.dineInCutoff().isAfter(w.serveUntil())
                || w.takeawayCutoff().isAfter(w.serveUntil())
                || w.deliveryCutoff().isAfter(w.serveUntil())) {
            throw DomainException.invalid(
                    "INVALID_MEAL_WINDOW", "订餐截止时间不能晚于供餐结束时间", "An ordering cut-off cannot be after serving ends");
        }
    }

    MealPeriod period() {
        return period;
    }

    MealWindow toWindow() {
        return new MealWindow(period, serveFrom, serveUntil, dineInCutoff, takeawayCutoff, deliveryCutoff);
    }
}
