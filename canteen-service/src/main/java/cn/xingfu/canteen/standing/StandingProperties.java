package cn.xingfu.canteen.standing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Standing-order settings ({@code xingfu.standing.*}).
 *
 * @param horizonDays orders are generated for today and this many days ahead, as soon as the menus are published
 * @param interval how often the generator passes (each pass retries failures until their cut-off)
 * @param autoGenerate whether the scheduled pass runs at all (tests trigger it themselves)
 */
@ConfigurationProperties("xingfu.standing")
record StandingProperties(
        @DefaultValue("2") int horizonDays,
        @DefaultValue("10m") Duration interval,
        @DefaultValue("true") boolean autoGenerate) {}
