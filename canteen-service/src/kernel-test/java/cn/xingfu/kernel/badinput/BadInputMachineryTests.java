package cn.xingfu.kernel.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/** The generic half of both services' bad-input suites, on a small OpenAPI document of its own. */
class BadInputMachineryTests {

    private static final String DOCUMENT = """
            {"paths": {
               "/api/facilities/{facilityId}/residents": {
                 "post": {"parameters": [{"name": "facilityId", "in": "path"}],
                          "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/NewResident"}}}}},
                 "get": {"parameters": [{"name": "facilityId", "in": "path"}, {"name": "actor", "in": "query", "required": true, "schema": {"$ref": "#/components/schemas/Stay"}},
                                        {"name": "from", "in": "query", "required": true, "schema": {"type": "string", "format": "date"}},
                                        {"name": "bedId", "in": "query", "required": true, "schema": {"type": "integer"}},
                                        {"name": "page", "in": "query", "schema": {"type": "integer"}}]}},
               "/v3/other": {"get": {}}},
             "components": {"schemas": {
               "NewResident": {"type": "object", "properties": {
                 "name": {"type": "string"}, "birthDate": {"type": "string", "format": "date"},
                 "gender": {"type": "string", "enum": ["FEMALE", "MALE"]}, "bedIds": {"type": "array", "items": {"type": "integer"}},
                 "quantity": {"type": "integer"}, "stay": {"allOf": [{"$ref": "#/components/schemas/Stay"}]}}},
               "Stay": {"type": "object", "properties": {"bedId": {"type": "integer"}, "paid": {"type": "boolean"}}}}}}
            """;

    private final ApiDocument document = ApiDocument.parse(DOCUMENT);

    private final PlausibleBodies.Values values = new PlausibleBodies.Values() {
        @Override
        public Map<String, Object> ids() {
            return Map.of("facilityid", 7L, "bedid", 42L);
        }

        @Override
        public LocalDate day() {
            return LocalDate.of(2031, 3, 4);
        }

        @Override
        public Optional<JsonNode> special(String field, JsonNode schema) {
            return field.equals("name") ? Optional.of(JsonNodeFactory.instance.stringNode("王秀英")) : Optional.empty();
        }
    };

    @Test
    void walksOnlyTheApiAndFillsPathParametersByName() {
        List<ApiDocument.Operation> operations = document.apiOperations();

        assertThat(operations)
                .extracting(ApiDocument.Operation::name)
                .containsExactly(
                        "POST /api/facilities/{facilityId}/residents", "GET /api/facilities/{facilityId}/residents");
        ApiDocument.Operation post = operations.get(0);
        assertThat(post.jsonBody()).isTrue();
        assertThat(post.writes()).isTrue();
        assertThat(operations.get(1).pathParameters()).containsExactly("facilityId");
        assertThat(post.path(name -> values.pathValue(name, 0))).isEqualTo("/api/facilities/7/residents");
        assertThat(post.path(name -> "' OR 1=1 --")).isEqualTo("/api/facilities/%27+OR+1%3D1+--/residents");
    }

    @Test
    void fillsRequiredScalarQueryParametersOnly() {
        PlausibleBodies bodies = new PlausibleBodies(document);

        assertThat(bodies.query(document.apiOperations().get(1), values)).isEqualTo("?from=2031-03-04&bedId=42");
        assertThat(bodies.query(document.apiOperations().get(0), values)).isEmpty();
    }

    @Test
    void buildsAPlausibleBodyFromTheSchemaThroughReferences() {
        JsonNode body =
                new PlausibleBodies(document).bodyFor(document.apiOperations().get(0), values);

        assertThat(body.toString())
                .isEqualTo("{\"name\":\"王秀英\",\"birthDate\":\"2031-03-04\",\"gender\":\"FEMALE\",\"bedIds\":[42],"
                        + "\"quantity\":1,\"stay\":{\"bedId\":42,\"paid\":false}}");
    }

    @Test
    void everyInvalidBodyBreaksExactlyOneThingAndNoneIsValidJsonOfTheSameShape() {
        JsonNode base =
                new PlausibleBodies(document).bodyFor(document.apiOperations().get(0), values);

        List<HostileInput.Case> cases = HostileInput.invalidBodies(base);

        assertThat(cases)
                .extracting(HostileInput.Case::what)
                .contains(
                        "malformed",
                        "truncated",
                        "wrong type name",
                        "wrong type bedId",
                        "wrong type paid",
                        "huge 1e400 quantity",
                        "huge -123456789012345678901234567890 bedId",
                        "negative quantity")
                .doesNotContain("negative bedId");
        assertThat(cases).noneMatch(c -> c.body().equals(base.toString()));
        HostileInput.Case wrongName = cases.stream()
                .filter(c -> c.what().equals("wrong type name"))
                .findFirst()
                .orElseThrow();
        assertThat(wrongName.body()).startsWith("{\"name\":{\"x\":1},\"birthDate\":\"2031-03-04\"");
        assertThat(base.path("name").asString())
                .as("the base is left as it was")
                .isEqualTo("王秀英");
    }

    @Test
    void hostileTextGoesIntoEveryFreeTextFieldAtOnceAndNowhereElse() {
        PlausibleBodies.Values plain = new PlausibleBodies.Values() {
            @Override
            public Map<String, Object> ids() {
                return Map.of("bedid", 42L);
            }

            @Override
            public LocalDate day() {
                return LocalDate.of(2031, 3, 4);
            }
        };
        JsonNode base =
                new PlausibleBodies(document).bodyFor(document.apiOperations().get(0), plain);

        JsonNode body = ApiDocument.JSON.readTree(HostileInput.withFreeText(base, "<script>"));

        assertThat(body.path("name").asString()).isEqualTo("<script>");
        assertThat(body.path("birthDate").asString()).isEqualTo("2031-03-04");
        assertThat(body.path("gender").asString()).isEqualTo("FEMALE");
        assertThat(body.path("quantity").asInt()).isEqualTo(1);
        assertThat(HostileInput.OVERSIZED.length()).isGreaterThan(64 * 1024);
    }

    @Test
    void judgesAnswersByStatusAndProblemCode() {
        Verdicts verdicts = new Verdicts();
        ApiDocument.Operation operation = document.apiOperations().get(0);
        String problem = "application/problem+json";

        verdicts.expectRefused(operation, "ok", new ApiProbe.Answer(400, problem, "{\"code\":\"VALIDATION_FAILED\"}"));
        verdicts.expectRefused(operation, "no code", new ApiProbe.Answer(400, problem, "{}"));
        verdicts.expectRefused(operation, "accepted", new ApiProbe.Answer(201, "application/json", "{}"));
        verdicts.expectNoServerError(operation, "stored", new ApiProbe.Answer(201, "application/json", "{}"));
        verdicts.expectNoServerError(operation, "crashed", new ApiProbe.Answer(500, "application/json", "{}"));
        verdicts.expectOutOfReach(operation, "400", new ApiProbe.Answer(400, problem, "{\"code\":\"X\"}"));
        verdicts.expectOutOfReach(operation, "404", new ApiProbe.Answer(404, problem, "{\"code\":\"NOT_FOUND\"}"));

        assertThat(verdicts.findings()).hasSize(4);
        assertThat(verdicts.findings()).allMatch(f -> f.startsWith("POST /api/facilities/{facilityId}/residents ["));
        assertThat(verdicts.findings()).anyMatch(f -> f.contains("[crashed] -> 500"));
        assertThat(verdicts.cases()).isEqualTo(7);
        assertThat(verdicts.tally()).containsEntry("201 ", 2).containsEntry("400 VALIDATION_FAILED", 1);
    }
}
