package cn.xingfu.canteen.site;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface Canteens extends JpaRepository<Canteen, Long> {

    boolean existsByCode(String code);

    List<Canteen> findAllByOrderByIdAsc();
}
