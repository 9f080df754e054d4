package cn.xingfu.care.safety;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface RiskAssessments extends JpaRepository<RiskAssessment, Long> {

    List<RiskAssessment> findByResidentIdOrderByAssessedOnDescCreatedAtDesc(long residentId);

    List<RiskAssessment> findByResidentIdInOrderByAssessedOnDescCreatedAtDesc(Collection<Long> residentIds);
}

interface ExitEvents extends JpaRepository<ExitEvent, Long> {

    List<ExitEvent> findByResidentIdOrderByOccurredAtDesc(long residentId);
}

interface Incidents extends JpaRepository<Incident, Long> {

    List<Incident> findByFacilityIdOrderByOccurredAtDesc(long facilityId);

    List<Incident> findByFacilityIdAndClosedAtIsNullOrderByOccurredAtDesc(long facilityId);
}
