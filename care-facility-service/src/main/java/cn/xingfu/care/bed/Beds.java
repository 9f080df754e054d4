package cn.xingfu.care.bed;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

/**
 * The status updates are conditional: each names the status it expects and returns the rows changed. Under
 * InnoDB the second of two racing transactions waits for the first, re-reads the row and changes nothing.
 */
interface Beds extends JpaRepository<Bed, Long> {

    List<Bed> findByFacilityIdOrderByLabel(long facilityId);

    List<Bed> findByRoomIdIn(Collection<Long> roomIds);

    @Modifying(flushAutomatically = true)
    @Query("update Bed b set b.status = cn.xingfu.care.bed.BedStatus.OCCUPIED, b.reservedFor = null,"
            + " b.version = b.version + 1 where b.id = :bed and (b.status = cn.xingfu.care.bed.BedStatus.VACANT"
            + " or (b.status = cn.xingfu.care.bed.BedStatus.RESERVED and b.reservedFor = :holder))")
    int occupy(long bed, long holder);

    @Modifying(flushAutomatically = true)
    @Query("update Bed b set b.status = cn.xingfu.care.bed.BedStatus.RESERVED, b.reservedFor = :holder,"
            + " b.version = b.version + 1 where b.id = :bed and b.status = cn.xingfu.care.bed.BedStatus.VACANT")
    int reserve(long bed, long holder);

    @Modifying(flushAutomatically = true)
    @Query("update Bed b set b.status = cn.xingfu.care.bed.BedStatus.VACANT, b.reservedFor = null,"
            + " b.version = b.version + 1 where b.id = :bed and (b.status = cn.xingfu.care.bed.BedStatus.OCCUPIED"
            + " or (b.status = cn.xingfu.care.bed.BedStatus.RESERVED and b.reservedFor = :holder))")
    int release(long bed, long holder);

    @Modifying(flushAutomatically = true)
    @Query("update Bed b set b.status = :to, b.version = b.version + 1 where b.id = :bed and b.status = :from")
    int move(long bed, BedStatus from, BedStatus to);
}
