package cn.xingfu.care.bed;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Rooms extends JpaRepository<Room, Long> {

    List<Room> findByFacilityIdOrderByNumber(long facilityId);

    List<Room> findByIdIn(Collection<Long> ids);
}
