package cn.xingfu.care.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.TestAccounts;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;

@CareIntegrationTest
class FacilityApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    static Map<String, Object> facility(String name) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "INSTITUTION");
        body.put("name", name);
        body.put("address", "江津区几江街道测试路1号");
        body.put("district", "江津区");
        body.put("operator", "江津区民政局");
        body.put("licenceNumber", "渝江民养备" + name.hashCode());
        body.put("filingDate", "2020-03-01");
        body.put("openedOn", "2019-06-01");
        body.put("capacity", 120);
        body.put("latitude", 29.29);
        body.put("longitude", 106.25);
        return body;
    }

    JsonNode register(TestAccounts.Login admin, String name) throws Exception {
        String body = mvc.perform(post("/api/facilities")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(facility(name))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Json.read(body);
    }

    @Test
    void healthIsPublicAndEverythingElseNeedsAnAccount() throws Exception {
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
        mvc.perform(get("/api/facilities"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("AUTHENTICATION_REQUIRED"))
                .andExpect(jsonPath("$.messageEn").exists());
        mvc.perform(get("/api/facilities")
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                                .httpBasic("nobody", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void careManagerSeesAndChangesOnlyHerFacilities() throws Exception {
        var admin = accounts.admin();
        long mine = register(admin, "测试养老中心-" + UUID.randomUUID()).get("id").asLong();
        long other = register(admin, "测试敬老院-" + UUID.randomUUID()).get("id").asLong();
        var manager = accounts.manager(mine);

        String list = mvc.perform(get("/api/facilities").with(manager.basic()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        JsonNode facilities = Json.read(list);
        assertThat(facilities).hasSize(1);
        assertThat(facilities.get(0).get("id").asLong()).isEqualTo(mine);

        mvc.perform(get("/api/facilities/{id}", other).with(manager.basic()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FACILITY_OUT_OF_SCOPE"));
        mvc.perform(get("/api/facilities/{id}", other).with(admin.basic())).andExpect(status().isOk());

        Map<String, Object> change = facility("改名后的中心-" + UUID.randomUUID());
        change.put("version", 0);
        mvc.perform(put("/api/facilities/{id}", other)
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(change)))
                .andExpect(status().isForbidden());
        mvc.perform(put("/api/facilities/{id}", mine)
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(change)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value(change.get("name")))
                .andExpect(jsonPath("$.version").value(1));
        // the same stale version again is a concurrent change
        mvc.perform(put("/api/facilities/{id}", mine)
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(change)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"));

        mvc.perform(post("/api/facilities")
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(facility("不该成功-" + UUID.randomUUID()))))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("DISTRICT_ADMIN_ONLY"));
        mvc.perform(get("/api/me").with(manager.basic()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("CARE_MANAGER"))
                .andExpect(jsonPath("$.facilityIds[0]").value(mine));
    }

    @Test
    void badInputIsAProblemAndChangesNothing() throws Exception {
        var admin = accounts.admin();
        String name = "重名中心-" + UUID.randomUUID();
        register(admin, name);
        mvc.perform(post("/api/facilities")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(facility(name))))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("FACILITY_NAME_TAKEN"));
        Map<String, Object> invalid = facility("");
        invalid.put("capacity", -1);
        mvc.perform(post("/api/facilities")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(invalid)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors.length()").value(2));
        mvc.perform(post("/api/facilities")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\": \"INSTITUTION\", "))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/api/facilities")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(Map.of("type", "SPACESHIP"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(get("/api/facilities/abc").with(admin.basic()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
        mvc.perform(get("/api/facilities/{id}", 987654321L).with(admin.basic()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("FACILITY_NOT_FOUND"))
                .andExpect(jsonPath("$.messageZh").value("没有这个机构"));
        mvc.perform(get("/api/no-such-thing").with(admin.basic()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NO_SUCH_PATH"));
        mvc.perform(post("/api/facilities")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"" + "x".repeat(70_000) + "\"}"))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.code").value("BODY_TOO_LARGE"));
    }

    @Test
    void onlyDistrictAdminsAddDatedSettings() throws Exception {
        var admin = accounts.admin();
        var manager = accounts.manager();
        String setting = Json.write(Map.of("key", "no.such.setting", "value", "1", "effectiveFrom", "2026-01-01"));
        mvc.perform(post("/api/settings")
                        .with(manager.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(setting))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/settings")
                        .with(admin.basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(setting))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SETTING_NOT_FOUND"));
    }
}
