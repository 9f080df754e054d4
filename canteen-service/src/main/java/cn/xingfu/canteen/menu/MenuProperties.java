package cn.xingfu.canteen.menu;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Menu settings ({@code xingfu.menu.*}).
 *
 * @param maxPortions most portions of one dish on one menu. A community canteen cooks a few hundred, but a central
 *     kitchen cooking for a district or a whole city's lunch cooks far more, so this is configuration; anything
 *     above it is refused as a typing error. 1 to 10,000,000.
 */
@ConfigurationProperties("xingfu.menu")
public record MenuProperties(@DefaultValue("100000") int maxPortions) {

    static final int CEILING = 10_000_000;

    public MenuProperties {
        if (maxPortions < 1 || maxPortions > CEILING) {
            throw new IllegalArgumentException(
                    "xingfu.menu.max-portions must be 1 to " + CEILING + ", not " + maxPortions);
        }
    }
}
