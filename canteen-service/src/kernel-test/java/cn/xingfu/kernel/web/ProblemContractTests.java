package cn.xingfu.kernel.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.kernel.DomainException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The problem+json contract both services answer with: same failure in, same body out. These tests run in
 * canteen-service and in care-facility-service's build, against the one advice both of them scan.
 */
class ProblemContractTests {

    private final MockMvc mvc;

    ProblemContractTests() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        mvc = MockMvcBuilders.standaloneSetup(new Failing())
                .setControllerAdvice(new ProblemDetailsAdvice(), new FallbackProblemAdvice())
                .setValidator(validator)
                .build();
    }

    @Test
    void aRefusedRuleIsTheSameBodyInBothServices() throws Exception {
        mvc.perform(get("/fail/rejected").header("Accept-Language", "zh-CN"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(content().json("""
                                {"type": "urn:xingfu:problem:portion-sold-out",
                                 "title": "Unprocessable Content",
                                 "status": 422,
                                 "detail": "红烧肉已售完",
                                 "instance": "/fail/rejected",
                                 "code": "PORTION_SOLD_OUT",
                                 "messageZh": "红烧肉已售完",
                                 "messageEn": "Braised pork is sold out",
                                 "menuItemId": 42}
                                """, JsonCompareMode.STRICT));
    }

    @Test
    void theDetailIsInEnglishOnlyWhenEnglishIsAskedFor() throws Exception {
        mvc.perform(get("/fail/rejected").header("Accept-Language", "en-GB"))
                .andExpect(jsonPath("$.detail").value("Braised pork is sold out"))
                .andExpect(jsonPath("$.messageZh").value("红烧肉已售完"));
        // no Accept-Language: Chinese, whatever the server's own locale is
        mvc.perform(get("/fail/rejected")).andExpect(jsonPath("$.detail").value("红烧肉已售完"));
        mvc.perform(get("/fail/rejected").header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.detail").value("红烧肉已售完"));
    }

    @ParameterizedTest
    @CsvSource({
        "INVALID, 400, Bad Request",
        "NOT_FOUND, 404, Not Found",
        "FORBIDDEN, 403, Forbidden",
        "CONFLICT, 409, Conflict",
        "REJECTED, 422, Unprocessable Content"
    })
    void eachKindOfRefusalHasItsStatus(DomainException.Kind kind, int status, String title) throws Exception {
        mvc.perform(get("/fail/kind/" + kind))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").value(title))
                .andExpect(jsonPath("$.code").value("SOME_RULE"))
                .andExpect(jsonPath("$.type").value("urn:xingfu:problem:some-rule"));
    }

    @Test
    void detailsAddedWithWithReachTheClient() throws Exception {
        mvc.perform(get("/fail/with"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("SCORE_OUT_OF_RANGE"))
                .andExpect(jsonPath("$.item").value("feeding"))
                .andExpect(jsonPath("$.max").value(10));
    }

    @Test
    void anInvalidBodyNamesEachField() throws Exception {
        mvc.perform(post("/fail/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\",\"count\":0}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.messageEn").value("The request has invalid fields"))
                .andExpect(jsonPath("$.errors.length()").value(2))
                .andExpect(jsonPath("$.errors[?(@.field == 'name')]").exists())
                .andExpect(jsonPath("$.errors[?(@.field == 'count')]").exists());
    }

    @Test
    void anInvalidParameterIsAValidationFailureToo() throws Exception {
        mvc.perform(get("/fail/min").param("n", "0"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"))
                .andExpect(jsonPath("$.errors.length()").value(1));
    }

    @Test
    void aMalformedBodyIsMalformedRequest() throws Exception {
        mvc.perform(post("/fail/body").contentType(MediaType.APPLICATION_JSON).content("{\"name\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        mvc.perform(post("/fail/body")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"a\",\"count\":\"x\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
    }

    @Test
    void aMissingOrMistypedParameterIsBadParameter() throws Exception {
        mvc.perform(get("/fail/param"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
        mvc.perform(get("/fail/param").param("n", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
        mvc.perform(get("/fail/header"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
    }

    @Test
    void wrongMethodAndWrongMediaTypeHaveTheirCodes() throws Exception {
        mvc.perform(post("/fail/param"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD_NOT_ALLOWED"));
        mvc.perform(post("/fail/body").contentType(MediaType.TEXT_PLAIN).content("hello"))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.code").value("UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void databaseRefusalsAreConflictsWithoutLeakingTheSql() throws Exception {
        mvc.perform(get("/fail/locked"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONCURRENT_CHANGE"));
        mvc.perform(get("/fail/duplicate"))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CONSTRAINT_VIOLATED"))
                .andExpect(jsonPath("$.messageEn")
                        .value("This conflicts with existing data (for example a duplicate number)"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("uk_"))));
    }

    @Test
    void aDeniedMethodCallIsAccessDenied() throws Exception {
        mvc.perform(get("/fail/denied"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("ACCESS_DENIED"));
    }

    @Test
    void aFactCannotOverwriteTheProblemsOwnFields() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DomainException.conflict(
                                "ADMISSION_STATE_INVALID", "当前入住状态不允许此操作", "Not possible in this state")
                        .with(Map.of("status", "DISCHARGED")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("status");
    }

    @Test
    void springsOwnRefusalsAndTheUnexpectedStillCarryOurCode() throws Exception {
        mvc.perform(get("/fail/status"))
                .andExpect(status().isGone())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("REQUEST_REFUSED"))
                .andExpect(jsonPath("$.messageZh").value("请求未被接受"))
                .andExpect(jsonPath("$.status").value(410));
        mvc.perform(get("/fail/json").accept(MediaType.IMAGE_PNG))
                .andExpect(status().isNotAcceptable())
                .andExpect(jsonPath("$.code").value("NOT_ACCEPTABLE"));
        mvc.perform(get("/fail/bug"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.code").value("INTERNAL_ERROR"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("NPE"))));
    }

    @RestController
    static class Failing {

        @GetMapping("/fail/status")
        void status() {
            throw new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.GONE, "gone for good");
        }

        @GetMapping(value = "/fail/json", produces = MediaType.APPLICATION_JSON_VALUE)
        Map<String, Object> json() {
            return Map.of("ok", true);
        }

        @GetMapping("/fail/bug")
        void bug() {
            throw new IllegalStateException("NPE in the rules");
        }

        record Body(@NotBlank String name, @Min(1) int count) {}

        @GetMapping("/fail/rejected")
        void rejected() {
            throw new DomainException(
                    DomainException.Kind.REJECTED,
                    "PORTION_SOLD_OUT",
                    "红烧肉已售完",
                    "Braised pork is sold out",
                    Map.of("menuItemId", 42));
        }

        @GetMapping("/fail/kind/{kind}")
        void kind(@PathVariable DomainException.Kind kind) {
            throw new DomainException(kind, "SOME_RULE", "某条规则", "Some rule");
        }

        @GetMapping("/fail/with")
        void with() {
            throw DomainException.invalid("SCORE_OUT_OF_RANGE", "评分超出范围", "The score is out of range")
                    .with(Map.of("item", "feeding", "max", 10));
        }

        @PostMapping("/fail/body")
        void body(@Valid @RequestBody Body body) {}

        @GetMapping("/fail/param")
        void param(@RequestParam int n) {}

        @GetMapping("/fail/min")
        void min(@RequestParam @Min(1) int n) {}

        @GetMapping("/fail/header")
        void header(@org.springframework.web.bind.annotation.RequestHeader("X-Kiosk") String kiosk) {}

        @GetMapping("/fail/locked")
        void locked() {
            throw new OptimisticLockingFailureException("row was updated by another transaction");
        }

        @GetMapping("/fail/duplicate")
        void duplicate() {
            throw new DataIntegrityViolationException("Duplicate entry 'x' for key 'uk_card_number'");
        }

        @GetMapping("/fail/denied")
        void denied() {
            throw new AccessDeniedException("no");
        }
    }
}
