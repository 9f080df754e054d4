package cn.xingfu.canteen.card;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface Cards extends JpaRepository<Card, Long> {

    Optional<Card> findByManualCode(String manualCode);

    Optional<Card> findByCurrentSeniorId(long seniorId);

    boolean existsByManualCode(String manualCode);

    List<Card> findByCurrentSeniorIdIn(Collection<Long> seniorIds);

    List<Card> findBySeniorIdOrderByVersionDesc(long seniorId);
}
