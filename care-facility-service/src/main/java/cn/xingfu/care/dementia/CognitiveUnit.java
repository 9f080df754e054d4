package cn.xingfu.care.dementia;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A dementia unit: a set of rooms of one facility, with its care planners and anti-wandering measures. */
@Entity
@Table(name = "cognitive_unit")
class CognitiveUnit {

    @Id
    private Long id;

    @Column(name = "facility_id", nullable = false)
    private long facilityId;

    @Column(nullable = false, length = 60)
    private String name;

    @Column(name = "care_planners", nullable = false)
    private int carePlanners;

    @Column(name = "anti_wandering_measures", nullable = false, length = 400)
    private String measures;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "cognitive_unit_room", joinColumns = @JoinColumn(name = "unit_id"))
    @Column(name = "room_id", nullable = false)
    private Set<Long> roomIds = new HashSet<>();

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CognitiveUnit() {}

    CognitiveUnit(
            long id,
            long facilityId,
            String name,
            int carePlanners,
            Set<AntiWanderingMeasure> measures,
            Set<Long> rooms,
            Instant now) {
        this.id = id;
        this.facilityId = facilityId;
        this.name = name;
        this.createdAt = now;
        update(carePlanners, measures, rooms);
    }

    void update(int carePlanners, Set<AntiWanderingMeasure> measures, Set<Long> rooms) {
        this.carePlanners = carePlanners;
        this.measures = measures.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.roomIds.clear();
        this.roomIds.addAll(rooms);
    }

    Set<AntiWanderingMeasure> measures() {
        Set<AntiWanderingMeasure> set = EnumSet.noneOf(AntiWanderingMeasure.class);
        Arrays.stream(measures.split(","))
                .filter(s -> !s.isBlank())
                .map(AntiWanderingMeasure::valueOf)
                .forEach(set::add);
        return set;
    }

    CognitiveUnitView view() {
        return new CognitiveUnitView(id, facilityId, name, carePlanners, measures(), Set.copyOf(roomIds), version);
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

    int carePlanners() {
        return carePlanners;
    }

    Set<Long> roomIds() {
        return Set.copyOf(roomIds);
    }
}
