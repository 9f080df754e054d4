package cn.xingfu.care.dementia;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface CognitiveScreenings extends JpaRepository<CognitiveScreening, Long> {

    List<CognitiveScreening> findByResidentIdOrderByScreenedOnDesc(long residentId);
}
