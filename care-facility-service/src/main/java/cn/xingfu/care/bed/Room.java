package cn.xingfu.care.bed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.List;

@Entity
@Table(name = "room")
class Room {

    @Id
    private Long id;

    @Column(name = "floor_id", nullable = false)
    private long floorId;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(name = "room_number", nullable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "room_type", nullable = false, length = 32)
    private RoomType type;

    @Column(name = "area_m2", nullable = false, precision = 7, scale = 2)
    private BigDecimal areaM2;

    protected Room() {}

    Room(long id, long floorId, long facilityId, String number, RoomType type, BigDecimal areaM2) {
        this.id = id;
        this.floorId = floorId;
        this.facilityId = facilityId;
        this.number = number;
        this.type = type;
        this.areaM2 = areaM2;
    }

    RoomView view(List<Long> bedIds) {
        return new RoomView(id, facilityId, floorId, number, type, areaM2, bedIds);
    }

    long id() {
        return id;
    }

    long facilityId() {
        return facilityId;
    }

    RoomType type() {
        return type;
    }
}
