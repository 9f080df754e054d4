package cn.xingfu.care.facility;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Facilities extends JpaRepository<Facility, Long> {

    List<Facility> findAllByOrderByDistrictAscNameAsc();

    List<Facility> findByIdInOrderByNameAsc(Collection<Long> ids);

    Optional<Facility> findByDistrictAndName(String district, String name);
}
