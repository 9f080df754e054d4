package cn.xingfu.care.bed;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "building")
class Building {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Building() {}

    Building(long id, long facilityId, String name, Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.name = name;
        this.createdAt = now;
    }

    long id() {
        return id;
    }

    long facilityId() {
        return facilityId;
    }

    String name() {
        return name;
    }
}
