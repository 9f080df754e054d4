package cn.xingfu.care.rating;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface FacilityRatings extends JpaRepository<FacilityRating, Long> {

    List<FacilityRating> findByFacilityIdOrderByDecisionDateDescRecordedAtDesc(long facilityId);

    List<FacilityRating> findByFacilityIdIn(Collection<Long> facilityIds);
}

interface ThresholdTableRows extends JpaRepository<ThresholdTableRow, Long> {

    List<ThresholdTableRow> findBySchemeOrderByEffectiveFromDesc(RatingScheme scheme);

    List<ThresholdTableRow> findAllByOrderBySchemeAscEffectiveFromAsc();
}

interface SelfAssessments extends JpaRepository<SelfAssessment, Long> {

    List<SelfAssessment> findByFacilityIdOrderByAssessedOnDesc(long facilityId);
}
