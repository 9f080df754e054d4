package cn.xingfu.care.dementia;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.bed.RoomType;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.shared.security.Actor;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Dementia-unit rules exactly at their edges, with the default (Qingtian) settings, on the real database. */
@CareIntegrationTest
class DementiaEdgesIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    DementiaCare care;

    @Autowired
    TestClock clock;

    /** A unit of {@code beds} cognitive-care beds, four to a 24 m² room. */
    long unit(long facilityId, String name, int beds) {
        LocalDate today = clock.today();
        long floor = fixtures.floor(facilityId);
        Set<Long> rooms = new HashSet<>();
        for (int left = beds; left > 0; left -= 4) {
            long room = fixtures.room(floor, RoomType.BEDROOM, "24").id();
            for (int i = 0; i < Math.min(4, left); i++) {
                fixtures.bed(room, BedType.COGNITIVE_CARE, today.minusYears(1));
            }
            rooms.add(room);
        }
        return care.createUnit(CareFixtures.SYSTEM, facilityId, name, 1, Set.of(), rooms)
                .id();
    }

    ComplianceCheck check(long unitId, String rule, String subject) {
        return care.compliance(CareFixtures.SYSTEM, unitId, clock.today()).checks().stream()
                .filter(c -> c.rule().equals(rule) && c.subject().equals(subject))
                .findFirst()
                .orElseThrow(() -> new AssertionError(rule + " " + subject));
    }

    @Test
    void aSingleUnitHoldsTwelveToTwentyBeds() {
        for (int beds : new int[] {11, 12, 20, 21}) {
            long facility = fixtures.facility().id();
            long unit = unit(facility, "专区" + beds, beds);
            ComplianceCheck check = check(unit, "UNIT_BEDS", "专区" + beds);
            assertThat(check.actual()).isEqualTo(String.valueOf(beds));
            assertThat(check.passed()).as(beds + " beds").isEqualTo(beds >= 12 && beds <= 20);
        }
    }

    @Test
    void severalUnitsEachHoldSixToTwentyAndAverageAtLeastTwelve() {
        long facility = fixtures.facility().id();
        long small = unit(facility, "东区", 6);
        long large = unit(facility, "西区", 17);
        assertThat(check(small, "UNIT_BEDS", "东区").passed())
                .as("6 beds pass among several units")
                .isTrue();
        assertThat(check(small, "UNITS_AVERAGE_BEDS", "2 units").actual()).isEqualTo("11.5");
        assertThat(check(small, "UNITS_AVERAGE_BEDS", "2 units").passed()).isFalse();
        long third = unit(facility, "北区", 13);
        // (6 + 17 + 13) / 3 = 12.0: exactly the minimum average
        assertThat(check(third, "UNITS_AVERAGE_BEDS", "3 units").actual()).isEqualTo("12.0");
        assertThat(check(large, "UNITS_AVERAGE_BEDS", "3 units").passed()).isTrue();
        long tooSmall = unit(fixtures.facility().id(), "南区", 5);
        unit(care.getUnit(CareFixtures.SYSTEM, tooSmall).facilityId(), "中区", 15);
        assertThat(check(tooSmall, "UNIT_BEDS", "南区").passed()).isFalse();
    }

    @Test
    void singleRoomsNeedTenSquareMetresAndDoubleRoomsSixteen() {
        long facility = fixtures.facility().id();
        long floor = fixtures.floor(facility);
        LocalDate year = clock.today().minusYears(1);
        Map<String, Integer> rooms = Map.of("10", 1, "9.99", 1, "16", 2, "15.9", 2, "18", 3, "17.9", 3);
        Set<Long> ids = new HashSet<>();
        Map<Long, String> numbers = new java.util.HashMap<>();
        for (var room : rooms.entrySet()) {
            var view = fixtures.room(floor, RoomType.BEDROOM, room.getKey());
            for (int i = 0; i < room.getValue(); i++) {
                fixtures.bed(view.id(), BedType.COGNITIVE_CARE, year);
            }
            ids.add(view.id());
            numbers.put(view.id(), room.getKey());
        }
        long unit = care.createUnit(CareFixtures.SYSTEM, facility, "面积区", 1, Set.of(), ids)
                .id();
        for (ComplianceCheck c :
                care.compliance(CareFixtures.SYSTEM, unit, clock.today()).checks()) {
            if (!c.rule().equals("ROOM_AREA")) {
                continue;
            }
            String area = c.actual().replace(" m²", "");
            boolean expected = switch (area) {
                case "10", "16", "18" -> true;
                default -> false;
            };
            assertThat(c.passed()).as(c.toString()).isEqualTo(expected);
        }
        assertThat(numbers).hasSize(6);
    }

    @Test
    void mmseAndMocaCutOffsDependOnEducation() throws Exception {
        FacilityView facility = fixtures.facility();
        Actor manager = accounts.manager(facility.id()).actor();
        long resident = fixtures.resident(facility.id()).id();
        record Case(ScreeningTool tool, EducationLevel education, int score, boolean positive) {}
        List<Case> cases = List.of(
                new Case(ScreeningTool.MMSE, EducationLevel.ILLITERATE, 17, true),
                new Case(ScreeningTool.MMSE, EducationLevel.ILLITERATE, 18, false),
                new Case(ScreeningTool.MMSE, EducationLevel.PRIMARY, 20, true),
                new Case(ScreeningTool.MMSE, EducationLevel.PRIMARY, 21, false),
                new Case(ScreeningTool.MMSE, EducationLevel.SECONDARY_OR_ABOVE, 24, true),
                new Case(ScreeningTool.MMSE, EducationLevel.SECONDARY_OR_ABOVE, 25, false),
                new Case(ScreeningTool.MOCA, EducationLevel.ILLITERATE, 25, true),
                new Case(ScreeningTool.MOCA, EducationLevel.PRIMARY, 26, false),
                new Case(ScreeningTool.MOCA, EducationLevel.SECONDARY_OR_ABOVE, 25, true),
                new Case(ScreeningTool.MOCA, EducationLevel.SECONDARY_OR_ABOVE, 26, false));
        for (Case c : cases) {
            ScreeningView view = care.recordScreening(
                    manager, resident, c.tool(), c.score(), c.education(), clock.today(), "江津区中心医院", false);
            assertThat(view.positive()).as(c.toString()).isEqualTo(c.positive());
        }
    }

    @Test
    void aPositiveScreenAdmitsForExactly365Days() throws Exception {
        FacilityView facility = fixtures.facility();
        var login = accounts.manager(facility.id());
        LocalDate today = clock.today();
        for (int age : new int[] {365, 366}) {
            long resident = fixtures.resident(facility.id()).id();
            care.recordScreening(
                    login.actor(),
                    resident,
                    ScreeningTool.MMSE,
                    12,
                    EducationLevel.PRIMARY,
                    today.minusDays(age),
                    "江津区中心医院",
                    false);
            BedView bed = fixtures.bed(facility.id(), BedType.COGNITIVE_CARE);
            var result = mvc.perform(post(
                            "/api/admissions/{id}/admit",
                            fixtures.approvedAdmission(resident, today).id())
                    .with(login.basic())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(Json.write(Map.of("bedId", bed.id(), "date", today.toString()))));
            if (age == 365) {
                result.andExpect(status().isOk());
            } else {
                result.andExpect(status().isUnprocessableContent())
                        .andExpect(jsonPath("$.code").value("DEMENTIA_EVIDENCE_REQUIRED"));
            }
        }
    }
}
