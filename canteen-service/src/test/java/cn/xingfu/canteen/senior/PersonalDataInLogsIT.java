package cn.xingfu.canteen.senior;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.Ids;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Everything logged while a senior is registered, found, changed and refused carries no full ID number or phone. */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class PersonalDataInLogsIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Test
    void aSeniorFlowLogsNoFullIdNumberOrPhone(CapturedOutput output) throws Exception {
        long canteen = Ids.next();
        String manager = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteen);
        String idNumber = SeniorFixtures.idNumber();
        String phone = "138" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String newPhone = "139" + (10_000_000 + (int) (Math.random() * 89_999_999));
        String json = """
                {"name":"吴国强","idNumber":"%s","phone":"%s","address":"江津区几江街道测试路 9 号","homeCanteenId":%d,%s}
                """.formatted(idNumber, phone, canteen, SeniorFixtures.CONSENTS_JSON);

        String created = register(manager, json)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long id = ((Number) JsonPath.read(created, "$.senior.id")).longValue();
        register(manager, json).andExpect(status().isConflict());
        register(manager, json.replace(idNumber, idNumber.substring(0, 17))).andExpect(status().is4xxClientError());
        mvc.perform(get("/api/seniors").param("q", phone.substring(7)).with(basic(manager)))
                .andExpect(status().isOk());
        mvc.perform(patch("/api/seniors/{id}", id)
                        .with(basic(manager))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phone\":\"" + newPhone + "\"}"))
                .andExpect(status().isOk());
        LoggerFactory.getLogger(PersonalDataInLogsIT.class)
                .warn(
                        "careless line {} {}",
                        idNumber,
                        phone,
                        new IllegalStateException("bad " + idNumber + ", " + newPhone));

        assertThat(output.getAll())
                .contains("careless line " + idNumber.substring(0, 6) + "********")
                .doesNotContain(idNumber)
                .doesNotContain(phone)
                .doesNotContain(newPhone);
    }

    ResultActions register(String login, String json) throws Exception {
        return mvc.perform(post("/api/seniors")
                .with(basic(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }
}
