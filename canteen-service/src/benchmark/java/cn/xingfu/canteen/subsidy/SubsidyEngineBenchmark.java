package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.canteen.shared.MealPeriod;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/** One subsidy decision with the Jiangjin demo policy: a subsidised senior, and one whose period is used up. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class SubsidyEngineBenchmark {

    private final SubsidyEngine engine = new SubsidyEngine();
    private final SubsidyPolicy policy = SubsidyDemoData.jiangjinDemo();
    private final LocalDate day = LocalDate.of(2026, 12, 2);
    private final SubsidyRequest fresh = request(SubsidyUsage.none());
    private final SubsidyRequest periodUsed = request(new SubsidyUsage(1, 1, 3, 12));

    private SubsidyRequest request(SubsidyUsage usage) {
        return new SubsidyRequest(
                LocalDate.of(1941, 5, 17),
                Set.of(EligibilityStatus.LIVING_ALONE),
                day,
                MealPeriod.LUNCH,
                Channel.DINE_IN,
                new BigDecimal("12.00"),
                usage);
    }

    @Benchmark
    public SubsidyDecision subsidisedMeal() {
        return engine.decide(policy, fresh);
    }

    @Benchmark
    public SubsidyDecision periodAlreadySubsidised() {
        return engine.decide(policy, periodUsed);
    }
}
