package cn.xingfu.care.resident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.xingfu.care.bed.BedRegistry;
import cn.xingfu.care.bed.BedStatus;
import cn.xingfu.care.bed.BedType;
import cn.xingfu.care.bed.BedView;
import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Twenty approved admissions race for one bed: exactly one wins, the rest get a clear 409. */
@CareIntegrationTest
class BedConcurrencyIT {

    private static final int CONTENDERS = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    BedRegistry beds;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void exactlyOneOfManyParallelAdmissionsGetsTheBed() throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        BedView bed = fixtures.bed(facility.id(), BedType.STANDARD);
        LocalDate day = LocalDate.of(2026, 3, 1);
        List<Long> admissions = new ArrayList<>();
        for (int i = 0; i < CONTENDERS; i++) {
            admissions.add(
                    fixtures.approvedAdmission(fixtures.resident(facility.id()).id(), day)
                            .id());
        }

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(CONTENDERS);
        try {
            List<Future<MockHttpServletResponse>> results = new ArrayList<>();
            for (long admission : admissions) {
                Callable<MockHttpServletResponse> admit = () -> {
                    start.await();
                    return mvc.perform(post("/api/admissions/{id}/admit", admission)
                                    .with(manager.basic())
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(Json.write(Map.of("bedId", bed.id(), "date", day.toString()))))
                            .andReturn()
                            .getResponse();
                };
                results.add(pool.submit(admit));
            }
            start.countDown();
            int won = 0;
            int refused = 0;
            for (Future<MockHttpServletResponse> result : results) {
                MockHttpServletResponse response = result.get();
                if (response.getStatus() == 200) {
                    won++;
                } else {
                    assertThat(response.getStatus()).isEqualTo(409);
                    assertThat(Json.read(response.getContentAsString())
                                    .get("code")
                                    .asString())
                            .isEqualTo("BED_NOT_VACANT");
                    refused++;
                }
            }
            assertThat(won).isEqualTo(1);
            assertThat(refused).isEqualTo(CONTENDERS - 1);
        } finally {
            pool.shutdownNow();
        }

        assertThat(beds.get(bed.id()).status()).isEqualTo(BedStatus.OCCUPIED);
        assertThat(jdbc.queryForObject(
                        "select count(*) from bed_occupancy where bed_id = ? and current_bed_id is not null",
                        Integer.class,
                        bed.id()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject(
                        "select count(*) from admission where bed_id = ? and status = 'ADMITTED'",
                        Integer.class,
                        bed.id()))
                .isEqualTo(1);
    }
}
