package cn.xingfu.canteen.senior;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface Seniors extends JpaRepository<Senior, Long> {

    /** The senior and their status periods in one round trip (the order path reads this). */
    @Query("select s from Senior s left join fetch s.statuses where s.id = :id")
    Optional<Senior> findWithStatuses(@Param("id") long id);

    @Query("select distinct s from Senior s left join fetch s.statuses where s.id in :ids")
    List<Senior> findAllWithStatuses(@Param("ids") Collection<Long> ids);

    boolean existsByIdNumberIndex(String idNumberIndex);

    Optional<Senior> findByIdNumberIndex(String idNumberIndex);

    List<Senior> findByDateOfBirth(java.time.LocalDate dateOfBirth);

    @Query("""
            select s from Senior s
            where (:canteenId is null or s.homeCanteenId = :canteenId)
              and (:name is null or s.name like :name)
              and (:initials is null or s.nameInitials like :initials)
              and (:phoneTail is null or s.phoneTail = :phoneTail)
            """)
    Page<Senior> search(
            @Param("canteenId") @Nullable Long canteenId,
            @Param("name") @Nullable String name,
            @Param("initials") @Nullable String initials,
            @Param("phoneTail") @Nullable String phoneTail,
            Pageable page);

    @Query(
            "select s.id from Senior s where s.homeCanteenId = :canteenId and s.lifecycle = :lifecycle order by s.nameInitials, s.id")
    List<Long> idsAtCanteen(@Param("canteenId") long canteenId, @Param("lifecycle") Lifecycle lifecycle);
}
