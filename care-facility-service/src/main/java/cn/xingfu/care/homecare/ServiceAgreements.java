package cn.xingfu.care.homecare;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ServiceAgreements extends JpaRepository<ServiceAgreement, Long> {

    List<ServiceAgreement> findByBedIdOrderByValidFromDesc(long bedId);

    List<ServiceAgreement> findByResidentId(long residentId);
}
