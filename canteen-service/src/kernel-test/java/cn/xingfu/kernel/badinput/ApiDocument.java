package cn.xingfu.kernel.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A service's own OpenAPI document (springdoc's {@code /v3/api-docs}), read so that a bad-input suite covers every
 * public operation, including ones added after the suite was written.
 */
public final class ApiDocument {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String SCHEMAS = "#/components/schemas/";
    private static final Set<String> WRITES = Set.of("post", "put", "patch", "delete");

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    public static ApiDocument parse(String json) {
        return new ApiDocument(JSON.readTree(json));
    }

    /** One operation of the document: a method on a path, with its OpenAPI description. */
    public record Operation(String method, String path, JsonNode spec) {

        public boolean jsonBody() {
            return spec.path("requestBody").path("content").has("application/json");
        }

        public boolean writes() {
            return WRITES.contains(method);
        }

        public boolean hasPathParameters() {
            return path.contains("{");
        }

        /** True when some path parameter's name matches the pattern (e.g. {@code (residentId|bedId)}). */
        public boolean hasPathParameter(String namePattern) {
            return pathParameters().stream().anyMatch(name -> name.matches(namePattern));
        }

        public List<String> pathParameters() {
            List<String> names = new ArrayList<>();
            for (JsonNode parameter : spec.path("parameters")) {
                if ("path".equals(parameter.path("in").asString())) {
                    names.add(parameter.path("name").asString());
                }
            }
            return names;
        }

        /** The path with every parameter filled in (URL-encoded) by name. */
        public String path(Function<String, Object> valueOf) {
            String filled = path;
            for (String name : pathParameters()) {
                String value = URLEncoder.encode(String.valueOf(valueOf.apply(name)), StandardCharsets.UTF_8);
                filled = filled.replace("{" + name + "}", value);
            }
            return filled;
        }

        public String name() {
            return method.toUpperCase() + " " + path;
        }
    }

    /** Every operation under {@code /api/}, in document order. */
    public List<Operation> apiOperations() {
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
            if (!path.getKey().startsWith("/api/")) {
                continue;
            }
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                operations.add(new Operation(method.getKey(), path.getKey(), method.getValue()));
            }
        }
        return operations;
    }

    /** The schema behind {@code $ref}s, and the first branch of {@code allOf}/{@code oneOf}/{@code anyOf}. */
    public JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        for (int depth = 0; depth < 10; depth++) {
            if (current.has("$ref")) {
                String ref = current.path("$ref").asString();
                current = document.path("components").path("schemas").path(ref.substring(SCHEMAS.length()));
            } else if (current.has("allOf") || current.has("oneOf") || current.has("anyOf")) {
                JsonNode branches = current.has("allOf")
                        ? current.path("allOf")
                        : current.has("oneOf") ? current.path("oneOf") : current.path("anyOf");
                current = branches.get(0);
            } else {
                return current;
            }
        }
        return current;
    }

    /** A named schema of the document's components; a missing node when there is none. */
    public JsonNode schema(String name) {
        return document.path("components").path("schemas").path(name);
    }

    /** The document's own description of an operation (by method and path), if it has one. */
    public java.util.Optional<Operation> operation(String method, String path) {
        JsonNode spec = document.path("paths").path(path).path(method.toLowerCase(java.util.Locale.ROOT));
        return spec.isObject() ? java.util.Optional.of(new Operation(method, path, spec)) : java.util.Optional.empty();
    }

    /**
     * The schema the operation declares for an answer with this status as {@code application/problem+json}, not
     * resolved (the check follows references itself); empty when the status, or problem+json for it, is not declared.
     */
    public java.util.Optional<JsonNode> problemSchema(Operation operation, int status) {
        JsonNode schema = operation
                .spec()
                .path("responses")
                .path(String.valueOf(status))
                .path("content")
                .path("application/problem+json")
                .path("schema");
        return schema.isMissingNode() ? java.util.Optional.empty() : java.util.Optional.of(schema);
    }

    /** The statuses the operation declares, as written ({@code "200"}, {@code "404"}, ...). */
    public static List<String> declaredStatuses(Operation operation) {
        List<String> statuses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> response :
                operation.spec().path("responses").properties()) {
            statuses.add(response.getKey());
        }
        return statuses;
    }

    /** The JSON request body's schema, resolved; a missing node when the operation takes no JSON. */
    public JsonNode bodySchema(Operation operation) {
        return resolve(operation
                .spec()
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema"));
    }
}
