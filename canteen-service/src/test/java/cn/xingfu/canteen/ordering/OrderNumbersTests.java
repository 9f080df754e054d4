package cn.xingfu.canteen.ordering;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xingfu.canteen.shared.Channel;
import org.junit.jupiter.api.Test;

class OrderNumbersTests {

    @Test
    void lettersSayTheChannelAndNumbersArePadded() {
        assertThat(OrderNumbers.format(Channel.DINE_IN, 23)).isEqualTo("A023");
        assertThat(OrderNumbers.format(Channel.TAKEAWAY, 7)).isEqualTo("T007");
        assertThat(OrderNumbers.format(Channel.DELIVERY, 1234)).isEqualTo("D1234");
    }
}
