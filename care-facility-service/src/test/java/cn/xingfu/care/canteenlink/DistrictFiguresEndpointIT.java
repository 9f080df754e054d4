package cn.xingfu.care.canteenlink;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * canteen-service's service account reads the district's care figures (counts only); a care manager cannot.
 */
@CareIntegrationTest
class DistrictFiguresEndpointIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void theServiceAccountReadsDistrictCountsOnly() throws Exception {
        TestAccounts.Login service = accounts.service();
        mvc.perform(get("/api/canteen-link/district-figures?date=2031-03-31").with(service.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.on").value("2031-03-31"))
                .andExpect(jsonPath("$.facilities").isNumber())
                .andExpect(jsonPath("$.beds[0].bedType").value("STANDARD"))
                .andExpect(jsonPath("$.stars.length()").value(6))
                .andExpect(jsonPath("$.activeCaregivers").isNumber());
        mvc.perform(get("/api/canteen-link/district-figures")
                        .with(accounts.manager().basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("SERVICE_ONLY"));
    }
}
