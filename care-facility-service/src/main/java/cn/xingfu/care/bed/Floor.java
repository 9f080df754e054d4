package cn.xingfu.care.bed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "floor")
class Floor {

    @Id
    private Long id;

    @Column(name = "building_id", nullable = false)
    private long buildingId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "floor_level", nullable = false)
    private int level;

    @Column(nullable = false, length = 60)
    private String name;

    protected Floor() {}

    Floor(long id, long buildingId, long facilityId, int level, String name) {
        this.id = id;
        this.buildingId = buildingId;
        this.facilityId = facilityId;
        this.level = level;
        this.name = name;
    }

    long id() {
        return id;
    }

    long buildingId() {
        return buildingId;
    }

    long facilityId() {
        return facilityId;
    }

    BuildingView.FloorView view() {
        return new BuildingView.FloorView(id, level, name);
    }
}
