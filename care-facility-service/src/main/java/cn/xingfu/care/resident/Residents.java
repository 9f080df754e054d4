package cn.xingfu.care.resident;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Residents extends JpaRepository<Resident, Long> {

    List<Resident> findByFacilityIdOrderByName(long facilityId);

    Optional<Resident> findByIdNumberIndex(String idNumberIndex);
}
