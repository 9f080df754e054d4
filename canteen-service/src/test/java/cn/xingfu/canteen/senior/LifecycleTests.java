package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LifecycleTests {

    @Test
    void deathIsFinal() {
        for (Lifecycle next : Lifecycle.values()) {
            assertThat(Lifecycle.DECEASED.canBecome(next))
                    .as("DECEASED -> " + next)
                    .isFalse();
        }
    }

    @Test
    void pausedAndMovedAwaySeniorsCanComeBack() {
        assertThat(Lifecycle.PAUSED.canBecome(Lifecycle.ACTIVE)).isTrue();
        assertThat(Lifecycle.MOVED_AWAY.canBecome(Lifecycle.ACTIVE)).isTrue();
        assertThat(Lifecycle.MOVED_AWAY.canBecome(Lifecycle.PAUSED)).isFalse();
        assertThat(Lifecycle.ACTIVE.canBecome(Lifecycle.DECEASED)).isTrue();
        assertThat(Lifecycle.PAUSED.canBecome(Lifecycle.DECEASED)).isTrue();
    }

    @Test
    void aMoveToTheSameStateIsNoTransition() {
        for (Lifecycle state : Lifecycle.values()) {
            assertThat(state.canBecome(state)).as(state.name()).isFalse();
        }
    }
}
