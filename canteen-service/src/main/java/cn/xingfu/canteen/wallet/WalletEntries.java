package cn.xingfu.canteen.wallet;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface WalletEntries extends JpaRepository<WalletEntry, Long> {

    Optional<WalletEntry> findByIdempotencyKey(String idempotencyKey);

    List<WalletEntry> findBySeniorIdOrderByCreatedAtDesc(long seniorId, Pageable page);
}
