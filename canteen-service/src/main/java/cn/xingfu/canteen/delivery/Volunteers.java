package cn.xingfu.canteen.delivery;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Volunteers extends JpaRepository<Volunteer, Long> {

    List<Volunteer> findByHomeCanteenIdOrderByName(long homeCanteenId);

    Optional<Volunteer> findByAccountId(long accountId);
}
