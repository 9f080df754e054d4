package cn.xingfu.kernel.badinput;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Checks a JSON value against the part of JSON Schema our OpenAPI documents use for errors: {@code $ref},
 * {@code type} (one or a list, as OpenAPI 3.1 writes a nullable type), {@code properties}, {@code required},
 * {@code additionalProperties} (false or a schema), {@code items}, {@code pattern} (searched, not anchored, as JSON
 * Schema says) and {@code minLength} (in code points). Anything else in a schema is ignored, so a schema that needs
 * more than this must not be trusted to this check. Our own rather than a validator library: the subset is small,
 * and the findings name the property and the rule in words a reader of the suite's output can act on.
 */
public final class SchemaCheck {

    private final UnaryOperator<JsonNode> resolve;

    /** @param resolve what a {@code $ref} names (the document's {@link ApiDocument#resolve}) */
    public SchemaCheck(UnaryOperator<JsonNode> resolve) {
        this.resolve = resolve;
    }

    /** Every way {@code value} breaks {@code schema}, as {@code "$.errors[0].field: ..."}; empty when it fits. */
    public List<String> violations(JsonNode schema, JsonNode value) {
        List<String> violations = new ArrayList<>();
        check(schema, value, "$", violations, 0);
        return violations;
    }

    private void check(JsonNode schemaOrRef, JsonNode value, String where, List<String> violations, int depth) {
        if (depth > 20) {
            violations.add(where + ": schema nested too deep (a reference loop?)");
            return;
        }
        JsonNode schema = schemaOrRef.has("$ref") ? resolve.apply(schemaOrRef) : schemaOrRef;
        if (schema == null || schema.isMissingNode()) {
            violations.add(where + ": the schema " + schemaOrRef + " names nothing");
            return;
        }
        Set<String> types = types(schema);
        if (!types.isEmpty() && types.stream().noneMatch(type -> isOfType(value, type))) {
            violations.add(where + ": " + kind(value) + " where " + String.join(" or ", types) + " is declared");
            return;
        }
        if (value.isString()) {
            String text = value.asString();
            if (schema.has("minLength")
                    && text.codePointCount(0, text.length())
                            < schema.path("minLength").asInt()) {
                violations.add(
                        where + ": shorter than " + schema.path("minLength").asInt());
            }
            if (schema.has("pattern")
                    && !Pattern.compile(schema.path("pattern").asString())
                            .matcher(text)
                            .find()) {
                violations.add(where + ": \"" + Verdicts.abbreviate(text) + "\" does not match "
                        + schema.path("pattern").asString());
            }
        }
        if (value.isObject()) {
            checkObject(schema, value, where, violations, depth);
        }
        if (value.isArray() && schema.has("items")) {
            int index = 0;
            for (JsonNode item : value) {
                check(schema.path("items"), item, where + "[" + index++ + "]", violations, depth + 1);
            }
        }
    }

    private void checkObject(JsonNode schema, JsonNode value, String where, List<String> violations, int depth) {
        for (JsonNode required : schema.path("required")) {
            if (!value.has(required.asString())) {
                violations.add(where + ": required property " + required.asString() + " is missing");
            }
        }
        JsonNode properties = schema.path("properties");
        JsonNode additional = schema.path("additionalProperties");
        for (Map.Entry<String, JsonNode> property : value.properties()) {
            String name = property.getKey();
            String at = where + "." + name;
            if (properties.has(name)) {
                check(properties.path(name), property.getValue(), at, violations, depth + 1);
            } else if (additional.isBoolean() && !additional.asBoolean()) {
                violations.add(at + ": property not declared (additionalProperties false)");
            } else if (additional.isObject()) {
                check(additional, property.getValue(), at, violations, depth + 1);
            }
        }
    }

    private static Set<String> types(JsonNode schema) {
        Set<String> types = new HashSet<>();
        JsonNode type = schema.path("type");
        if (type.isString()) {
            types.add(type.asString());
        }
        for (JsonNode one : type.isArray() ? type : List.<JsonNode>of()) {
            types.add(one.asString());
        }
        return types;
    }

    private static boolean isOfType(JsonNode value, String type) {
        return switch (type) {
            case "string" -> value.isString();
            case "integer" ->
                value.isIntegralNumber()
                        || (value.isNumber()
                                && value.decimalValue().stripTrailingZeros().scale() <= 0);
            case "number" -> value.isNumber();
            case "boolean" -> value.isBoolean();
            case "object" -> value.isObject();
            case "array" -> value.isArray();
            case "null" -> value.isNull();
            default -> false;
        };
    }

    private static String kind(JsonNode value) {
        if (value.isString()) {
            return "a string";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "a boolean";
        }
        if (value.isNull()) {
            return "null";
        }
        return value.isArray() ? "an array" : "an object";
    }
}
