package cn.xingfu.kernel.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** The schema half of the verdicts: each way an error body can break the declaration is caught, and named. */
class ProblemVerdictTests {

    private static final String PROBLEM_JSON = "application/problem+json";

    /** A document in the shape the kernel's customizer writes (OpenAPI 3.1: a type may be a list). */
    private static final String DOCUMENT = """
            {"paths": {"/api/orders/{orderId}": {"get": {
               "parameters": [{"name": "orderId", "in": "path"}],
               "responses": {"200": {"description": "OK"},
                 "404": {"description": "Not Found", "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}}},
                 "500": {"description": "Internal Server Error"}}}}},
             "components": {"schemas": {
               "Problem": {"type": "object", "additionalProperties": false,
                 "required": ["type", "title", "status", "detail", "code", "messageZh", "messageEn"],
                 "properties": {"type": {"type": "string"}, "title": {"type": "string"}, "status": {"type": "integer"},
                   "detail": {"type": "string"}, "instance": {"type": ["string", "null"]},
                   "code": {"type": "string", "pattern": "^[A-Z][A-Z0-9_]+$"},
                   "messageZh": {"type": "string", "minLength": 1, "pattern": "[\\\\u3400-\\\\u9FFF]"},
                   "messageEn": {"type": "string", "minLength": 1},
                   "errors": {"type": "array", "items": {"$ref": "#/components/schemas/ProblemFieldError"}},
                   "menuItemId": {}}},
               "ProblemFieldError": {"type": "object", "additionalProperties": false, "required": ["message"],
                 "properties": {"field": {"type": "string"}, "message": {"type": "string"}}}}}}
            """;

    private final ApiDocument document = ApiDocument.parse(DOCUMENT);
    private final ApiDocument.Operation read =
            document.operation("get", "/api/orders/{orderId}").orElseThrow();

    private static ObjectNode good() {
        ObjectNode body = ApiDocument.JSON.createObjectNode();
        body.put("type", "urn:xingfu:problem:order-not-found");
        body.put("title", "Not Found");
        body.put("status", 404);
        body.put("detail", "没有这个订单");
        body.put("instance", "/api/orders/7");
        body.put("code", "ORDER_NOT_FOUND");
        body.put("messageZh", "没有这个订单");
        body.put("messageEn", "No such order");
        body.put("menuItemId", 42);
        return body;
    }

    private List<String> breaches(int status, String contentType, ObjectNode body) {
        return new Verdicts()
                .declaredBy(document)
                .contractBreaches(read, new ApiProbe.Answer(status, contentType, body.toString()));
    }

    @Test
    void aProblemThatKeepsTheDeclarationPasses() {
        ObjectNode body = good();
        body.putArray("errors").addObject().put("field", "items[0].quantity").put("message", "must be positive");

        assertThat(breaches(404, PROBLEM_JSON + ";charset=UTF-8", body)).isEmpty();
    }

    @Test
    void aMissingCodeIsCaught() {
        ObjectNode body = good();
        body.remove("code");

        assertThat(breaches(404, PROBLEM_JSON, body))
                .anyMatch(breach -> breach.contains("required property code is missing"))
                .anyMatch(breach -> breach.contains("is not a stable code"));
    }

    @Test
    void aWrongTypeIsCaughtAlsoInsideTheFieldErrors() {
        ObjectNode body = good();
        body.put("status", "404");
        body.putArray("errors").addObject().put("field", 3).put("message", "x");

        assertThat(breaches(404, PROBLEM_JSON, body))
                .contains("$.status: a string where integer is declared")
                .contains("$.errors[0].field: a number where string is declared");
    }

    @Test
    void anExtraPropertyIsCaughtAtEveryLevel() {
        ObjectNode body = good();
        body.put("timestamp", "2026-12-03T12:00:00Z");
        body.putArray("errors").addObject().put("message", "x").put("rejectedValue", "abc");

        assertThat(breaches(404, PROBLEM_JSON, body))
                .contains("$.timestamp: property not declared (additionalProperties false)")
                .contains("$.errors[0].rejectedValue: property not declared (additionalProperties false)");
    }

    @Test
    void aStatusInTheBodyOtherThanOnTheWireIsCaught() {
        ObjectNode body = good();
        body.put("status", 400);

        assertThat(breaches(404, PROBLEM_JSON, body)).containsExactly("status 400 in the body, 404 on the wire");
    }

    @Test
    void anUndeclaredStatusIsAFindingEvenWithAPerfectBody() {
        ObjectNode body = good();
        body.put("status", 409);

        assertThat(breaches(409, PROBLEM_JSON, body))
                .singleElement()
                .asString()
                .startsWith("status 409 is not declared (declared: [200, 404, 500])");
    }

    @Test
    void aDeclaredStatusWithoutAProblemSchemaIsAFinding() {
        ObjectNode body = good();
        body.put("status", 500);

        assertThat(breaches(500, PROBLEM_JSON, body))
                .containsExactly("no application/problem+json schema is declared for 500");
    }

    @Test
    void messagesMustBeThereAndTheChineseOneChinese() {
        ObjectNode body = good();
        body.put("messageZh", "No such order");
        body.put("messageEn", "");

        assertThat(breaches(404, PROBLEM_JSON, body))
                .contains("$.messageZh: \"No such order\" does not match [\\u3400-\\u9FFF]")
                .contains("$.messageEn: shorter than 1")
                .contains("messageEn is empty or missing");
    }

    @Test
    void plainJsonAndBootsOwnErrorBodyAreCaught() {
        String boot = "{\"timestamp\":\"2026-12-03T12:00:00Z\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/x\"}";

        List<String> breaches = new Verdicts()
                .declaredBy(document)
                .contractBreaches(read, new ApiProbe.Answer(404, "application/json", boot));

        assertThat(breaches)
                .contains("Content-Type is \"application/json\", not application/problem+json")
                .contains("$: required property code is missing")
                .contains("$.error: property not declared (additionalProperties false)");
    }

    @Test
    void aRefusalThatBreaksTheDeclarationIsAFindingOfTheSuiteAndIsCounted() {
        Verdicts verdicts = new Verdicts().declaredBy(document);
        ObjectNode extra = good();
        extra.put("stack", "at ...");

        verdicts.expectRefused(read, "good", new ApiProbe.Answer(404, PROBLEM_JSON, good().toString()));
        verdicts.expectRefused(read, "extra", new ApiProbe.Answer(404, PROBLEM_JSON, extra.toString()));
        verdicts.expectNoServerError(read, "accepted", new ApiProbe.Answer(200, "application/json", "{}"));

        assertThat(verdicts.findings())
                .singleElement()
                .asString()
                .startsWith("GET /api/orders/{orderId} [extra] -> 404")
                .contains("$.stack: property not declared");
        assertThat(verdicts.checkedAgainstSchema()).isEqualTo(2);
    }
}
