package cn.xingfu.canteen.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class MissedOrderPushesTests {

    @Test
    void keepsEachOrderOnceAndForgetsTheOldestBeyondTheLimit() {
        MissedOrderPushes missed = new MissedOrderPushes(2);
        long seen = missed.connections();

        assertThat(missed.remember(1L, seen)).isTrue();
        assertThat(missed.remember(2L, seen)).isTrue();
        // changed again: once, and now the newest
        assertThat(missed.remember(1L, seen)).isTrue();
        assertThat(missed.remember(3L, seen)).isTrue();

        assertThat(missed.waiting()).isEqualTo(2);
        assertThat(missed.dropped()).isEqualTo(1);
        assertThat(missed.connected()).containsExactly(1L, 3L);
        assertThat(missed.waiting()).isZero();
        assertThat(missed.connected()).isEmpty();
        assertThat(missed.dropped()).as("counted since the start").isEqualTo(1);
    }

    @Test
    void aPushRefusedAcrossAConnectionIsNotKeptForTheNextOne() {
        MissedOrderPushes missed = new MissedOrderPushes(10);
        long before = missed.connections();

        missed.connected();

        assertThat(missed.remember(7L, before)).isFalse();
        assertThat(missed.waiting()).isZero();
        assertThat(missed.remember(7L, missed.connections())).isTrue();
        assertThat(missed.waiting()).isEqualTo(1);
    }

    @Test
    void refusesALimitThatRemembersNothing() {
        assertThatThrownBy(() -> new MissedOrderPushes(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
