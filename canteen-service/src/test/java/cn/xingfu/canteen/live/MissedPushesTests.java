package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.modulith.events.core.TargetEventPublication;

class MissedPushesTests {

    @Test
    void resendsOnlyThisModulesListeners() {
        assertThat(MissedPushes.isLivePush(publicationFor(
                        "cn.xingfu.canteen.live.LiveMenuUpdates.on(cn.xingfu.canteen.menu.DishAvailabilityChanged)")))
                .isTrue();
        assertThat(MissedPushes.isLivePush(publicationFor(
                        "cn.xingfu.canteen.delivery.WelfareWatch.on(cn.xingfu.canteen.ordering.OrderChanged)")))
                .isFalse();
        // a package whose name merely starts the same is not ours
        assertThat(MissedPushes.isLivePush(publicationFor("cn.xingfu.canteen.livestock.Feed.on(java.lang.String)")))
                .isFalse();
    }

    private static TargetEventPublication publicationFor(String listener) {
        return TargetEventPublication.of("event", PublicationTargetIdentifier.of(listener));
    }
}
