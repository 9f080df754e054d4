package cn.xingfu.care.bed;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Floors extends JpaRepository<Floor, Long> {

    List<Floor> findByBuildingIdOrderByLevel(long buildingId);
}
