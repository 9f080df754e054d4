package cn.xingfu.care.alert;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CareAlerts extends JpaRepository<CareAlert, Long> {

    Optional<CareAlert> findByFacilityIdAndOpenKey(long facilityId, String openKey);

    List<CareAlert> findByFacilityIdInAndOpenKeyIsNotNullOrderByRaisedAtDesc(Collection<Long> facilityIds);

    List<CareAlert> findByFacilityIdAndSubjectStartingWithOrderByRaisedAtDesc(long facilityId, String prefix);
}
