package cn.xingfu.canteen.card;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CardScans extends JpaRepository<CardScan, Long> {

    @Query("""
            select count(s) from CardScan s
            where s.actorUsername = :actor and s.method = 'MANUAL_CODE' and s.outcome <> 'OK' and s.scannedAt > :since
            """)
    long failedManualAttemptsSince(@Param("actor") String actorUsername, @Param("since") Instant since);
}
