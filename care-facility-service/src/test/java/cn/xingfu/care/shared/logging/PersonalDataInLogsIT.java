package cn.xingfu.care.shared.logging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.ConsentScope;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** Everything logged during a registration flow, good and bad requests alike, carries no full ID number or phone. */
@CareIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Autowired
    CareFixtures fixtures;

    @Test
    void aRegistrationFlowLogsNoFullIdNumberOrPhone(CapturedOutput output) throws Exception {
        FacilityView facility = fixtures.facility();
        var manager = accounts.manager(facility.id());
        String idNumber = CareFixtures.idNumber(LocalDate.of(1943, 3, 9));
        String phone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        Map<String, Object> body = Map.of(
                "name", "周桂芳",
                "gender", "FEMALE",
                "birthDate", "1943-03-09",
                "idNumber", idNumber,
                "phone", phone,
                "healthNotes", "高血压",
                "consents", CareFixtures.consentJson(ConsentScope.HEALTH_RECORD));
        register(manager, facility.id(), body).andExpect(status().isCreated());
        register(manager, facility.id(), body).andExpect(status().isConflict());
        register(manager, facility.id(), Map.of("name", "周桂芳", "idNumber", idNumber, "phone", phone))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/facilities/{id}/residents", facility.id()).with(manager.basic()))
                .andExpect(status().isOk());
        // and whatever code might log by mistake, message or exception
        LoggerFactory.getLogger(PersonalDataInLogsIT.class)
                .warn(
                        "careless line {} {}",
                        idNumber,
                        phone,
                        new IllegalStateException("bad " + idNumber + ", " + phone));

        assertThat(output.getAll())
                .contains("careless line " + idNumber.substring(0, 6) + "********")
                .doesNotContain(idNumber)
                .doesNotContain(phone);
    }

    org.springframework.test.web.servlet.ResultActions register(TestAccounts.Login login, long facilityId, Object body)
            throws Exception {
        return mvc.perform(post("/api/facilities/{id}/residents", facilityId)
                .with(login.basic())
                .contentType(MediaType.APPLICATION_JSON)
                .content(Json.write(body)));
    }
}
