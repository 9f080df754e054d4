package cn.xingfu.care.bed;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Buildings extends JpaRepository<Building, Long> {

    List<Building> findByFacilityIdOrderByName(long facilityId);
}
