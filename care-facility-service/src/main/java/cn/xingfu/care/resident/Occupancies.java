package cn.xingfu.care.resident;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Occupancies extends JpaRepository<Occupancy, Long> {

    Optional<Occupancy> findByCurrentBedId(long bedId);

    Optional<Occupancy> findByCurrentResidentId(long residentId);

    @Query("select o from Occupancy o where o.facilityId = :facility and o.startDate <= :to"
            + " and (o.endDate is null or o.endDate > :from)")
    List<Occupancy> overlapping(long facility, LocalDate from, LocalDate to);
}
