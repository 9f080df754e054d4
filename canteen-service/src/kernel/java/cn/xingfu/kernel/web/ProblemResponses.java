package cn.xingfu.kernel.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.springdoc.core.customizers.GlobalOpenApiCustomizer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Declares in both services' OpenAPI documents what an error looks like ({@code #/components/schemas/Problem}) and
 * which error statuses each operation can give, all as {@code application/problem+json}. Once here rather than per
 * controller: the statuses follow from what the kernel and the security chain do to every request (sign-in, throttle,
 * size limit, validation, the database) and from the operation's shape (inputs, body, write), not from any one
 * handler. The bad-input suites check every error answer against this declaration, so it cannot drift quietly.
 */
@Component
class ProblemResponses implements GlobalOpenApiCustomizer {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "ProblemFieldError";
    static final String PROBLEM_JSON = "application/problem+json";

    /** The stable machine code: upper-case words joined by underscores. */
    static final String CODE_PATTERN = "^[A-Z][A-Z0-9_]+$";

    /** At least one Chinese character: the Chinese message is for seniors and staff who read no English. */
    static final String CHINESE_PATTERN = "[\\u3400-\\u9FFF]";

    /**
     * Facts a refusal may carry besides its code ({@code DomainException#with}, the throttles' Retry-After, the
     * per-field validation errors). A new fact goes here too, or the bad-input suites report it as unexpected.
     */
    static final Map<String, String> FACTS = facts();

    @Override
    public void customise(OpenAPI openApi) {
        if (openApi.getComponents() == null) {
            openApi.components(new io.swagger.v3.oas.models.Components());
        }
        openApi.getComponents().addSchemas(PROBLEM, problemSchema());
        openApi.getComponents().addSchemas(FIELD_ERROR, fieldErrorSchema());
        if (openApi.getPaths() == null) {
            return;
        }
        for (PathItem path : openApi.getPaths().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> entry :
                    path.readOperationsMap().entrySet()) {
                declare(entry.getKey(), path, entry.getValue());
            }
        }
    }

    /** The statuses an operation of this shape can answer with, besides its successes. */
    static SortedSet<Integer> errorStatuses(PathItem.HttpMethod method, boolean hasParameters, boolean hasBody) {
        SortedSet<Integer> statuses = new TreeSet<>();
        // every request: sign-in (401, or 429 after repeated failures), role and scope (403), an Accept the
        // operation cannot serve (406), a failed save (500), the database out of reach (503)
        statuses.addAll(List.of(401, 403, 406, 429, 500, 503));
        if (hasParameters || hasBody) {
            // a parameter or field of the wrong form (400), or naming something that does not exist (404)
            statuses.add(400);
            statuses.add(404);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            // a write meets the state of things (409) and the business rules (422)
            statuses.add(409);
            statuses.add(422);
        }
        if (hasBody) {
            statuses.add(413);
            statuses.add(415);
        }
        return statuses;
    }

    private static void declare(PathItem.HttpMethod method, PathItem path, Operation operation) {
        List<Parameter> parameters = new ArrayList<>();
        if (path.getParameters() != null) {
            parameters.addAll(path.getParameters());
        }
        if (operation.getParameters() != null) {
            parameters.addAll(operation.getParameters());
        }
        if (operation.getResponses() == null) {
            operation.responses(new ApiResponses());
        }
        for (int status : errorStatuses(method, !parameters.isEmpty(), operation.getRequestBody() != null)) {
            String key = String.valueOf(status);
            ApiResponse response = operation.getResponses().get(key);
            if (response == null) {
                response =
                        new ApiResponse().description(HttpStatus.valueOf(status).getReasonPhrase());
                operation.getResponses().addApiResponse(key, response);
            }
            if (response.getContent() == null) {
                response.content(new Content());
            }
            response.getContent().addMediaType(PROBLEM_JSON, new MediaType().schema(reference(PROBLEM)));
        }
    }

    static Schema<Object> problemSchema() {
        Map<String, Schema> properties = new LinkedHashMap<>();
        properties.put("type", typed("string").description("urn:xingfu:problem:<code in lower case>"));
        properties.put("title", typed("string").description("the HTTP reason phrase"));
        properties.put("status", typed("integer").description("the HTTP status, repeated"));
        properties.put("detail", typed("string").description("the message in the caller's language"));
        properties.put("instance", typed("string").description("the path that was called"));
        properties.put(
                "code",
                typed("string").pattern(CODE_PATTERN).description("stable machine code, e.g. PORTION_SOLD_OUT"));
        properties.put(
                "messageZh",
                typed("string").minLength(1).pattern(CHINESE_PATTERN).description("the message in Chinese"));
        properties.put("messageEn", typed("string").minLength(1).description("the message in English"));
        properties.put(
                "errors",
                typed("array")
                        .items(reference(FIELD_ERROR))
                        .description("VALIDATION_FAILED: what is wrong with each field or parameter"));
        properties.put(
                "retryAfterSeconds",
                typed("integer").description("429: seconds until a retry can succeed (also the Retry-After header)"));
        for (Map.Entry<String, String> fact : FACTS.entrySet()) {
            // a fact's value is whatever the rule reports (a number, a name, a list): no type is declared
            properties.put(fact.getKey(), new Schema<>().description(fact.getValue()));
        }
        Schema<Object> problem = typed("object");
        problem.description("RFC 9457 problem details with Xingfu's stable code and Chinese and English messages");
        problem.setProperties(properties);
        problem.setRequired(List.of("type", "title", "status", "detail", "code", "messageZh", "messageEn"));
        problem.setAdditionalProperties(Boolean.FALSE);
        return problem;
    }

    static Schema<Object> fieldErrorSchema() {
        Schema<Object> error = typed("object");
        error.setProperties(new LinkedHashMap<>(Map.of(
                "field", typed("string").description("the field's path in the body (absent for a parameter)"),
                "message", typed("string").minLength(1))));
        error.setRequired(List.of("message"));
        error.setAdditionalProperties(Boolean.FALSE);
        return error;
    }

    /** The type both ways: OpenAPI 3.0 reads {@code type}, 3.1 (springdoc 3's default) writes {@code types}. */
    private static Schema<Object> typed(String type) {
        Schema<Object> schema = new Schema<>();
        schema.setType(type);
        schema.addType(type);
        return schema;
    }

    private static Schema<Object> reference(String name) {
        return new Schema<>().$ref("#/components/schemas/" + name);
    }

    private static Map<String, String> facts() {
        Map<String, String> facts = new LinkedHashMap<>();
        String rule = "a fact of this refusal";
        for (String name : List.of(
                // canteen-service
                "closure",
                "warnings",
                "from",
                "to",
                "allowed",
                "windowMinutes",
                "deadline",
                "orderStatus",
                "menuItemId",
                "lifecycle",
                "balance",
                "required",
                "maxBytes",
                "bytes",
                "maxPortions",
                "date",
                "kind",
                "handlerId",
                "certifiedUntil",
                "minimumGrams",
                "weighedGrams",
                "missing",
                // care-facility-service
                "admissionStatus",
                "bedId",
                "today",
                "item",
                "expected",
                "actual",
                "min",
                "max",
                "score",
                "part",
                "level",
                "staffId",
                "dutyDate",
                "risk")) {
            facts.putIfAbsent(name, rule);
        }
        return Map.copyOf(facts);
    }
}
