package cn.xingfu.care.caregiver;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface StaffMembers extends JpaRepository<StaffMember, Long> {

    List<StaffMember> findByFacilityIdOrderByNameAsc(long facilityId);

    List<StaffMember> findByFacilityIdIn(Collection<Long> facilityIds);
}

interface CaregiverCertificates extends JpaRepository<CaregiverCertificate, Long> {

    List<CaregiverCertificate> findByStaffIdIn(Collection<Long> staffIds);

    List<CaregiverCertificate> findByStaffId(long staffId);

    Optional<CaregiverCertificate> findByIssuerAndNumber(String issuer, String number);
}

interface HealthCertificates extends JpaRepository<HealthCertificate, Long> {

    List<HealthCertificate> findByStaffIdIn(Collection<Long> staffIds);

    List<HealthCertificate> findByStaffId(long staffId);

    Optional<HealthCertificate> findByIssuerAndNumber(String issuer, String number);
}

interface RosterEntries extends JpaRepository<RosterEntry, Long> {

    boolean existsByStaffIdAndDutyDateAndShift(long staffId, LocalDate dutyDate, Shift shift);

    List<RosterEntry> findByFacilityIdAndDutyDateBetweenOrderByDutyDateAscShiftAsc(
            long facilityId, LocalDate from, LocalDate to);

    @Query("""
            select count(distinct s.id) from RosterEntry e, StaffMember s
            where s.id = e.staffId and e.unitId = :unitId and e.dutyDate = :date and e.shift = :shift
              and s.role = cn.xingfu.care.caregiver.StaffRole.CAREGIVER and s.active = true""")
    long countCaregiversOnUnit(
            @Param("unitId") long unitId, @Param("date") LocalDate date, @Param("shift") Shift shift);

    @Query("""
            select count(distinct s.id) from RosterEntry e, StaffMember s
            where s.id = e.staffId and e.facilityId = :facilityId and e.dutyDate = :date and e.shift = :shift
              and s.role = cn.xingfu.care.caregiver.StaffRole.CAREGIVER and s.active = true""")
    long countCaregiversAtFacility(
            @Param("facilityId") long facilityId, @Param("date") LocalDate date, @Param("shift") Shift shift);
}
