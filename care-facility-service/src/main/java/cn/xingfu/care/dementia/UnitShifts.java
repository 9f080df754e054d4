package cn.xingfu.care.dementia;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitShifts extends JpaRepository<UnitShift, Long> {

    List<UnitShift> findByUnitIdAndDate(long unitId, LocalDate date);

    Optional<UnitShift> findByUnitIdAndDateAndShift(long unitId, LocalDate date, Shift shift);
}
