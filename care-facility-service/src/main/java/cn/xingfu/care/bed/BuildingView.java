package cn.xingfu.care.bed;

import java.util.List;

/** A building with its floors. */
public record BuildingView(long id, long facilityId, String name, List<FloorView> floors) {

    /** A floor of a building. */
    public record FloorView(long id, int level, String name) {}
}
