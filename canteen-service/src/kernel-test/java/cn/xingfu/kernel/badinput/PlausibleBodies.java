package cn.xingfu.kernel.badinput;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds a body from a request schema that a service would plausibly accept, so that each hostile case breaks one
 * thing and the rest of the body gets past the parser to the rule under test: the caller's own ids by field name,
 * a given day for dates, the first enum constant, small numbers.
 */
public final class PlausibleBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 4;

    /** What a free-text field (a name, a note, an address) gets: the fields hostile text goes into. */
    public static final String FREE_TEXT = "测试";

    /** What the service would expect in a field: ids of the caller's world and the day it works on. */
    public interface Values {

        /** Ids by field or path parameter name, lower case ({@code facilityid}, {@code bedid}, ...). */
        Map<String, Object> ids();

        /** The day dates are set to. */
        LocalDate day();

        /** A value for a field the schema alone cannot guess (a QR token, a birth date); empty for the default. */
        default Optional<JsonNode> special(String field, JsonNode schema) {
            return Optional.empty();
        }

        /** A path parameter's value: the id of that name, else {@code fallback}. */
        default Object pathValue(String name, Object fallback) {
            return ids().getOrDefault(name.toLowerCase(), fallback);
        }
    }

    private final ApiDocument document;

    public PlausibleBodies(ApiDocument document) {
        this.document = document;
    }

    public JsonNode bodyFor(ApiDocument.Operation operation, Values values) {
        return plausible(document.bodySchema(operation), "", values, 0);
    }

    /**
     * The operation's required query parameters with plausible values, as {@code ?name=value&...} (empty when it has
     * none), so that a request gets past "parameter missing" to the rule under test. Parameters that are objects
     * (springdoc lists the resolved {@code Actor} as one) are left out.
     */
    public String query(ApiDocument.Operation operation, Values values) {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        for (JsonNode parameter : operation.spec().path("parameters")) {
            if (!"query".equals(parameter.path("in").asString())
                    || !parameter.path("required").asBoolean()) {
                continue;
            }
            String name = parameter.path("name").asString();
            JsonNode value = plausible(parameter.path("schema"), name, values, MAX_DEPTH);
            if (!value.isContainer()) {
                query.add(name + "=" + URLEncoder.encode(value.asString(), StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    private JsonNode plausible(JsonNode schema, String field, Values values, int depth) {
        JsonNode s = document.resolve(schema);
        Optional<JsonNode> special = values.special(field, s);
        if (special.isPresent()) {
            return special.get();
        }
        if (s.has("enum")) {
            return s.path("enum").get(0);
        }
        Object id = values.ids().get(field.toLowerCase());
        return switch (s.path("type").asString()) {
            case "object" -> object(s, values, depth);
            case "array" -> {
                ArrayNode array = NODES.arrayNode();
                if (depth < MAX_DEPTH) {
                    // "bedIds" holds bed ids, "items" holds items
                    String element = field.endsWith("Ids") ? field.substring(0, field.length() - 1) : field;
                    array.add(plausible(s.path("items"), element, values, depth + 1));
                }
                yield array;
            }
            case "integer" -> id instanceof Long l ? NODES.numberNode(l) : NODES.numberNode(1);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(false);
            default -> text(s, id, values);
        };
    }

    private ObjectNode object(JsonNode schema, Values values, int depth) {
        ObjectNode object = NODES.objectNode();
        if (depth < MAX_DEPTH) {
            for (Map.Entry<String, JsonNode> property :
                    schema.path("properties").properties()) {
                object.set(property.getKey(), plausible(property.getValue(), property.getKey(), values, depth + 1));
            }
        }
        return object;
    }

    private static JsonNode text(JsonNode schema, Object id, Values values) {
        return switch (schema.path("format").asString()) {
            case "date" -> NODES.stringNode(values.day().toString());
            case "date-time" -> NODES.stringNode(values.day() + "T02:00:00Z");
            default -> NODES.stringNode(id != null ? String.valueOf(id) : FREE_TEXT);
        };
    }
}
