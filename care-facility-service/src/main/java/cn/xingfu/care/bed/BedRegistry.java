package cn.xingfu.care.bed;

import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The physical (and virtual home-care) bed stock of each facility. Status changes for admissions are
 * conditional updates ({@link #occupy}, {@link #reserve}, {@link #release}); they report whether they won.
 */
@Service
public class BedRegistry {

    private final FacilityDirectory facilities;
    private final Buildings buildings;
    private final Floors floors;
    private final Rooms rooms;
    private final Beds beds;
    private final BedOutages outages;
    private final EntityManager entityManager;
    private final Clock clock;

    BedRegistry(
            FacilityDirectory facilities,
            Buildings buildings,
            Floors floors,
            Rooms rooms,
            Beds beds,
            BedOutages outages,
            EntityManager entityManager,
            Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.facilities = facilities;
        this.buildings = buildings;
        this.floors = floors;
        this.rooms = rooms;
        this.beds = beds;
        this.outages = outages;
    }

    @Transactional
    public BuildingView addBuilding(Actor actor, long facilityId, String name) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        Building building = buildings.save(new Building(Ids.next(), facilityId, name.trim(), clock.instant()));
        return new BuildingView(building.id(), facilityId, building.name(), List.of());
    }

    @Transactional
    public BuildingView.FloorView addFloor(Actor actor, long buildingId, int level, String name) {
        Building building = buildings
                .findById(buildingId)
                .orElseThrow(
                        () -> DomainException.notFound("BUILDING_NOT_FOUND", "没有这栋楼", "There is no such building"));
        actor.requireFacility(building.facilityId());
        return floors.save(new Floor(Ids.next(), buildingId, building.facilityId(), level, name.trim()))
                .view();
    }

    @Transactional
    public RoomView addRoom(Actor actor, long floorId, String number, RoomType type, BigDecimal areaM2) {
        Floor floor = floors.findById(floorId)
                .orElseThrow(() -> DomainException.notFound("FLOOR_NOT_FOUND", "没有这个楼层", "There is no such floor"));
        actor.requireFacility(floor.facilityId());
        if (areaM2.signum() <= 0) {
            throw DomainException.invalid("ROOM_AREA_INVALID", "房间面积必须大于0", "The room area must be positive");
        }
        return rooms.save(new Room(Ids.next(), floorId, floor.facilityId(), number.trim(), type, areaM2))
                .view(List.of());
    }

    /** A bed in a bedroom: STANDARD or COGNITIVE_CARE. */
    @Transactional
    public BedView addBed(Actor actor, long roomId, String label, BedType type, LocalDate inServiceFrom) {
        Room room = room(roomId);
        actor.requireFacility(room.facilityId());
        if (type == BedType.HOME_CARE) {
            throw DomainException.invalid(
                    "HOME_CARE_BED_HAS_NO_ROOM",
                    "家庭养老床位设在老人家中，不属于房间",
                    "A home-care bed is at the senior's home, not in a room");
        }
        if (room.type() != RoomType.BEDROOM) {
            throw DomainException.invalid("ROOM_NOT_A_BEDROOM", "只有卧室可以设置床位", "Only bedrooms hold beds");
        }
        return beds.save(new Bed(
                        Ids.next(),
                        room.facilityId(),
                        roomId,
                        label.trim(),
                        type,
                        null,
                        inServiceFrom,
                        clock.instant()))
                .view();
    }

    /** A virtual bed at a senior's home, run by the facility (usually a community service centre). */
    @Transactional
    public BedView addHomeCareBed(Actor actor, long facilityId, String label, String homeAddress, LocalDate from) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        return beds.save(new Bed(
                        Ids.next(),
                        facilityId,
                        null,
                        label.trim(),
                        BedType.HOME_CARE,
                        homeAddress,
                        from,
                        clock.instant()))
                .view();
    }

    /** The bed, or BED_NOT_FOUND (404). No scope check: callers check the facility. */
    @Transactional(readOnly = true)
    public BedView get(long bedId) {
        return bed(bedId).view();
    }

    @Transactional(readOnly = true)
    public List<BedView> bedsOf(Actor actor, long facilityId, @Nullable BedType type, @Nullable BedStatus status) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        return beds.findByFacilityIdOrderByLabel(facilityId).stream()
                .filter(bed -> type == null || bed.type() == type)
                .filter(bed -> status == null || bed.status() == status)
                .map(Bed::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public List<BuildingView> buildingsOf(Actor actor, long facilityId) {
        facilities.get(facilityId);
        actor.requireFacility(facilityId);
        return buildings.findByFacilityIdOrderByName(facilityId).stream()
                .map(b -> new BuildingView(
                        b.id(),
                        facilityId,
                        b.name(),
                        floors.findByBuildingIdOrderByLevel(b.id()).stream()
                                .map(Floor::view)
                                .toList()))
                .toList();
    }

    /** Rooms of a facility with their bed ids (for unit compliance). */
    @Transactional(readOnly = true)
    public List<RoomView> roomsOf(long facilityId) {
        return views(rooms.findByFacilityIdOrderByNumber(facilityId));
    }

    @Transactional(readOnly = true)
    public List<RoomView> rooms(Collection<Long> roomIds) {
        return views(rooms.findByIdIn(roomIds));
    }

    @Transactional(readOnly = true)
    public RoomView getRoom(long roomId) {
        return views(List.of(room(roomId))).get(0);
    }

    /** VACANT (or RESERVED for this holder) → OCCUPIED; false if someone else got there first. */
    @Transactional
    public boolean occupy(long bedId, long holder) {
        return beds.occupy(bedId, holder) == 1;
    }

    /** VACANT → RESERVED for the holder; false if the bed is not vacant. */
    @Transactional
    public boolean reserve(long bedId, long holder) {
        return beds.reserve(bedId, holder) == 1;
    }

    /** OCCUPIED (or RESERVED for this holder) → VACANT. */
    @Transactional
    public boolean release(long bedId, long holder) {
        return beds.release(bedId, holder) == 1;
    }

    @Transactional
    public BedView takeOutOfService(Actor actor, long bedId, LocalDate from, String reason) {
        Bed bed = bed(bedId);
        actor.requireFacility(bed.facilityId());
        if (beds.move(bedId, BedStatus.VACANT, BedStatus.OUT_OF_SERVICE) != 1) {
            throw DomainException.conflict(
                    "BED_NOT_VACANT", "床位不是空闲状态，不能停用", "Only a vacant bed can be taken out of service");
        }
        outages.save(new BedOutage(Ids.next(), bedId, from, reason));
        return fresh(bed);
    }

    @Transactional
    public BedView returnToService(Actor actor, long bedId, LocalDate on) {
        Bed bed = bed(bedId);
        actor.requireFacility(bed.facilityId());
        if (beds.move(bedId, BedStatus.OUT_OF_SERVICE, BedStatus.VACANT) != 1) {
            throw DomainException.conflict("BED_NOT_OUT_OF_SERVICE", "床位未停用", "The bed is not out of service");
        }
        outages.findFirstByBedIdAndToIsNull(bedId).ifPresent(outage -> outage.end(on));
        return fresh(bed);
    }

    /**
     * Bed-days available in [from, to] (both inclusive) per bed: days the bed existed and was in service.
     * Keyed by bed id, so callers can group by type.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> availableBedDays(long facilityId, LocalDate from, LocalDate to) {
        List<Bed> stock = beds.findByFacilityIdOrderByLabel(facilityId);
        Map<Long, List<BedOutage>> outagesByBed = outages
                .findByBedIdIn(stock.stream().map(Bed::id).toList())
                .stream()
                .collect(Collectors.groupingBy(BedOutage::bedId));
        return stock.stream()
                .collect(Collectors.toMap(
                        Bed::id,
                        bed -> BedDays.available(
                                bed.inServiceFrom(), outagesByBed.getOrDefault(bed.id(), List.of()), from, to)));
    }

    @Transactional(readOnly = true)
    public List<BedView> allBedsOf(long facilityId) {
        return beds.findByFacilityIdOrderByLabel(facilityId).stream()
                .map(Bed::view)
                .toList();
    }

    private List<RoomView> views(List<Room> found) {
        Map<Long, List<Long>> bedsByRoom = beds
                .findByRoomIdIn(found.stream().map(Room::id).toList())
                .stream()
                .sorted(Comparator.comparing(Bed::id))
                .collect(Collectors.groupingBy(Bed::roomId, Collectors.mapping(Bed::id, Collectors.toList())));
        List<RoomView> views = new ArrayList<>();
        for (Room room : found) {
            views.add(room.view(bedsByRoom.getOrDefault(room.id(), List.of())));
        }
        return views;
    }

    /** The bulk status updates bypass the persistence context; re-read what they changed. */
    private BedView fresh(Bed bed) {
        entityManager.refresh(bed);
        return bed.view();
    }

    private Room room(long roomId) {
        return rooms.findById(roomId)
                .orElseThrow(() -> DomainException.notFound("ROOM_NOT_FOUND", "没有这个房间", "There is no such room"));
    }

    private Bed bed(long bedId) {
        return beds.findById(bedId)
                .orElseThrow(() -> DomainException.notFound("BED_NOT_FOUND", "没有这个床位", "There is no such bed"));
    }
}
