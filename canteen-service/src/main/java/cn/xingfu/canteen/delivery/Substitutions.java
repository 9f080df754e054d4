package cn.xingfu.canteen.delivery;

import cn.xingfu.canteen.shared.MealPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Substitutions extends JpaRepository<Substitution, Long> {

    List<Substitution> findByCanteenIdAndServiceDateAndPeriod(long canteenId, LocalDate serviceDate, MealPeriod period);

    Optional<Substitution> findByVolunteerIdAndServiceDateAndPeriod(
            long volunteerId, LocalDate serviceDate, MealPeriod period);

    List<Substitution> findByCanteenIdAndServiceDateGreaterThanEqualOrderByServiceDate(long canteenId, LocalDate from);
}
