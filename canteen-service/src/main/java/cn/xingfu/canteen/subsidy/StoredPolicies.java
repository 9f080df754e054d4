package cn.xingfu.canteen.subsidy;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface StoredPolicies extends JpaRepository<StoredPolicy, Long> {

    List<StoredPolicy> findByDistrictCodeOrderByEffectiveFromAsc(String districtCode);

    boolean existsByDistrictCodeAndVersion(String districtCode, String version);
}
