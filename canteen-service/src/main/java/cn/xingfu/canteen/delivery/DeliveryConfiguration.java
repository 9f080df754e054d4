package cn.xingfu.canteen.delivery;

import ai.timefold.solver.core.api.solver.SolverManager;
import ai.timefold.solver.core.config.solver.SolverManagerConfig;
import cn.xingfu.canteen.delivery.planning.RoutePlan;
import cn.xingfu.canteen.delivery.planning.RouteSolvers;
import cn.xingfu.canteen.delivery.planning.StraightLineTravelTimes;
import cn.xingfu.canteen.delivery.planning.TravelTimes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the planner from our own settings (the Timefold Spring Boot starter is not used). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DeliveryProperties.class)
class DeliveryConfiguration {

    /** A road-network provider replaces this bean (declare it {@code @Primary}). */
    @Bean
    TravelTimes travelTimes(DeliveryProperties properties) {
        return new StraightLineTravelTimes(properties.roadFactor(), properties.speedsKmh());
    }

    /** One solver thread: the machines have two cores shared with the web traffic. */
    @Bean(destroyMethod = "close")
    SolverManager<RoutePlan, Long> routeSolverManager(DeliveryProperties properties) {
        return SolverManager.create(
                RouteSolvers.config(properties.solverTimeLimit(), properties.solverUnimprovedLimit()),
                new SolverManagerConfig().withParallelSolverCount("1"));
    }
}
