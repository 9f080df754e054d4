package cn.xingfu.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.junit.jupiter.api.Test;

/** What the kernel declares in both services' OpenAPI documents about errors. */
class ProblemResponsesTests {

    private final OpenAPI openApi = new OpenAPI()
            .paths(new Paths()
                    .addPathItem(
                            "/api/orders/{orderId}",
                            new PathItem()
                                    .get(new Operation()
                                            .addParametersItem(new PathParameter().name("orderId"))
                                            .responses(new ApiResponses()
                                                    .addApiResponse("200", new ApiResponse().description("OK")))))
                    .addPathItem("/api/orders", new PathItem().post(new Operation().requestBody(new RequestBody())))
                    .addPathItem("/api/today", new PathItem().get(new Operation())));

    @Test
    void everyOperationListsTheErrorsItsShapeCanGiveAsProblems() {
        new ProblemResponses().customise(openApi);

        assertThat(openApi.getPaths().get("/api/orders/{orderId}").getGet().getResponses())
                .containsOnlyKeys("200", "400", "401", "403", "404", "406", "429", "500", "503");
        assertThat(openApi.getPaths().get("/api/orders").getPost().getResponses())
                .containsOnlyKeys("400", "401", "403", "404", "406", "409", "413", "415", "422", "429", "500", "503");
        assertThat(openApi.getPaths().get("/api/today").getGet().getResponses())
                .containsOnlyKeys("401", "403", "406", "429", "500", "503");
        ApiResponse notFound = openApi.getPaths()
                .get("/api/orders/{orderId}")
                .getGet()
                .getResponses()
                .get("404");
        assertThat(notFound.getContent()
                        .get("application/problem+json")
                        .getSchema()
                        .get$ref())
                .isEqualTo("#/components/schemas/Problem");
        assertThat(openApi.getPaths()
                        .get("/api/orders/{orderId}")
                        .getGet()
                        .getResponses()
                        .get("200")
                        .getContent())
                .as("a success is left as springdoc described it")
                .isNull();
    }

    @Test
    void theProblemSchemaIsClosedAndRequiresOurExtensions() {
        new ProblemResponses().customise(openApi);

        Schema<?> problem = openApi.getComponents().getSchemas().get("Problem");
        assertThat(problem.getAdditionalProperties()).isEqualTo(Boolean.FALSE);
        assertThat(problem.getRequired())
                .containsExactlyInAnyOrder("type", "title", "status", "detail", "code", "messageZh", "messageEn");
        assertThat(problem.getProperties())
                .containsKeys("instance", "errors", "retryAfterSeconds", "missing", "menuItemId")
                .doesNotContainKey("timestamp");
        assertThat(problem.getProperties().get("code").getPattern()).isEqualTo("^[A-Z][A-Z0-9_]+$");
        assertThat(problem.getProperties().get("status").getTypes()).containsExactly("integer");
    }
}
