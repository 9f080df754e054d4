package cn.xingfu.care.bed;

import java.math.BigDecimal;
import java.util.List;

/** A room with the beds in it (bedrooms) or none (functional rooms). */
public record RoomView(
        long id, long facilityId, long floorId, String number, RoomType type, BigDecimal areaM2, List<Long> bedIds) {

    public int bedCount() {
        return bedIds.size();
    }
}
