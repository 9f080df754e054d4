package cn.xingfu.care.assessment;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AbilityAssessments extends JpaRepository<AbilityAssessment, Long> {

    List<AbilityAssessment> findByResidentIdOrderByAssessedOnDescCreatedAtDesc(long residentId);
}
