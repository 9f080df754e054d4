package cn.xingfu.care.homecare;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HomeDevices extends JpaRepository<HomeDevice, Long> {

    List<HomeDevice> findByBedId(long bedId);
}
