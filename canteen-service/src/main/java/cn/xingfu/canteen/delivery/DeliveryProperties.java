package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.delivery.planning.RouteRules;
import cn.xingfu.canteen.delivery.planning.TransportMode;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Delivery settings ({@code xingfu.delivery.*}).
 *
 * @param hotWindow every meal should be handed over this soon after leaving the kitchen
 * @param foodToMouthCeiling never exceeded (DOMAIN.md 5.4: eaten within 2 h of cooking)
 * @param handOver time at each door
 * @param reload time back at the kitchen between two trips of one volunteer (empty boxes out, full ones in)
 * @param maxTrips how many trips from the kitchen a volunteer makes at most for one meal
 * @param roadFactor straight line to street distance
 * @param onFootKmh walking speed
 * @param eBikeKmh e-bike speed in town
 * @param solverTimeLimit hard limit per planning run
 * @param solverUnimprovedLimit stop earlier once the best plan has not improved for this long
 * @param autoPlan plan every canteen's meal automatically once its delivery cut-off has passed
 */
@ConfigurationProperties("xingfu.delivery")
record DeliveryProperties(
        @DefaultValue("45m") Duration hotWindow,
        @DefaultValue("2h") Duration foodToMouthCeiling,
        @DefaultValue("3m") Duration handOver,
        @DefaultValue("5m") Duration reload,
        @DefaultValue("3") int maxTrips,
        @DefaultValue("1.4") double roadFactor,
        @DefaultValue("4") double onFootKmh,
        @DefaultValue("15") double eBikeKmh,
        @DefaultValue("30s") Duration solverTimeLimit,
        @DefaultValue("5s") Duration solverUnimprovedLimit,
        @DefaultValue("true") boolean autoPlan) {

    Map<TransportMode, Double> speedsKmh() {
        return Map.of(TransportMode.ON_FOOT, onFootKmh, TransportMode.E_BIKE, eBikeKmh);
    }

    RouteRules rules() {
        return new RouteRules(
                hotWindow.toSeconds(),
                foodToMouthCeiling.toSeconds(),
                handOver.toSeconds(),
                reload.toSeconds(),
                maxTrips);
    }
}
