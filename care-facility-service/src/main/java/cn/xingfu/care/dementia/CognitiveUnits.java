package cn.xingfu.care.dementia;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CognitiveUnits extends JpaRepository<CognitiveUnit, Long> {

    List<CognitiveUnit> findByFacilityIdOrderByName(long facilityId);
}
