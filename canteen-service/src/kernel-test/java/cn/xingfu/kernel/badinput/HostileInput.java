package cn.xingfu.kernel.badinput;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The hostile inputs of issue 11, derived from a plausible body: each case breaks it one way, so a refusal can only
 * be about that one thing.
 */
public final class HostileInput {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** Path ids that are no id: text, negative, beyond a long, SQL, emoji. */
    public static final List<String> GARBAGE_IDS =
            List.of("abc", "-1", "99999999999999999999999", "' OR 1=1 --", "👵🏽");

    /** 10,800 UTF-16 units of Chinese, emoji with a skin tone, Arabic and Hebrew between direction marks. */
    public static final String LONG_UNICODE = "老人👵🏽‎مرحبا‏שלום\u202e".repeat(600);

    /** Text a service must store as text or refuse, never run or choke on. */
    public static final List<String> TEXT = List.of(
            LONG_UNICODE,
            "' OR '1'='1' -- ",
            "1; DROP TABLE resident; DROP TABLE meal_order; --",
            "<img src=x onerror=alert(1)>",
            "\"><script>alert(document.cookie)</script>",
            "\u0000\u0001\u001f\u007f",
            "‮gnp.exe",
            "");

    /** Numbers no field can hold. */
    private static final List<String> HUGE_NUMBERS =
            List.of("1e400", "123456789012345678901234567890", "-123456789012345678901234567890");

    /** Fields where a negative number is never meaningful. */
    private static final String COUNTED = "(?i).*(quantity|portions|amount|price|grams|count|capacity|minutes|area"
            + "|planners|present|hours|beds|score).*";

    /** A body over every service's 64 KB limit. */
    public static final String OVERSIZED = "{\"padding\": \"" + "x".repeat(70_000) + "\"}";

    private HostileInput() {}

    /** A broken body and what was broken. */
    public record Case(String what, String body) {}

    /**
     * Malformed and truncated JSON, the wrong top-level type, each field of the wrong type and each number too
     * large to hold: every one is invalid by construction.
     */
    public static List<Case> invalidBodies(JsonNode base) {
        String valid = ApiDocument.JSON.writeValueAsString(base);
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("malformed", "{\"items\": ["));
        cases.add(new Case("truncated", valid.substring(0, Math.max(1, valid.length() / 2))));
        cases.add(new Case("wrong top-level type", base.isArray() ? "{\"a\": 1}" : "[1, 2, 3]"));
        cases.add(new Case("text instead of the body", base.isArray() ? "[\"x\"]" : "\"text instead of an object\""));
        eachLeafReplaced(base, HostileInput::wrongType, "wrong type", cases);
        for (String huge : HUGE_NUMBERS) {
            eachLeafReplaced(
                    base, v -> v.isNumber() ? NODES.rawValueNode(new RawValue(huge)) : null, "huge " + huge, cases);
        }
        eachLeafReplaced(base, v -> v.isNumber() ? NODES.numberNode(-1) : null, "negative", cases, COUNTED);
        return cases;
    }

    /**
     * The same body with every free-text field set to {@code text} at once. Dates, enum constants, ids and tokens
     * keep their plausible values, so the text gets past the parser to validation and storage (a wrong type in
     * those fields is what {@link #invalidBodies} tries).
     */
    public static String withFreeText(JsonNode base, String text) {
        JsonNode body = base.deepCopy();
        for (Leaf leaf : leaves(body)) {
            if (leaf.value().isString()
                    && PlausibleBodies.FREE_TEXT.equals(leaf.value().asString())) {
                leaf.parent().put(leaf.name(), text);
            }
        }
        return ApiDocument.JSON.writeValueAsString(body);
    }

    /** QuickTheories-generated strings of any code points (fixed seed, so a finding can be replayed). */
    public static void generatedTexts(int examples, Consumer<String> check) {
        qt().withExamples(examples)
                .withFixedSeed(11)
                .forAll(strings().allPossible().ofLengthBetween(0, 400))
                .checkAssert(check);
    }

    private static JsonNode wrongType(JsonNode value) {
        if (value.isString()) {
            return NODES.objectNode().put("x", 1);
        }
        if (value.isNumber()) {
            return NODES.stringNode("not a number");
        }
        return value.isBoolean() ? NODES.arrayNode().add(1) : null;
    }

    private static void eachLeafReplaced(
            JsonNode base, Function<JsonNode, JsonNode> replace, String what, List<Case> cases) {
        eachLeafReplaced(base, replace, what, cases, ".*");
    }

    /** One case per leaf whose name matches: the leaf replaced, everything else as in {@code base}. */
    private static void eachLeafReplaced(
            JsonNode base, Function<JsonNode, JsonNode> replace, String what, List<Case> cases, String names) {
        JsonNode body = base.deepCopy();
        for (Leaf leaf : leaves(body)) {
            JsonNode replacement = leaf.name().matches(names) ? replace.apply(leaf.value()) : null;
            if (replacement == null) {
                continue;
            }
            leaf.parent().set(leaf.name(), replacement);
            cases.add(new Case(what + " " + leaf.name(), ApiDocument.JSON.writeValueAsString(body)));
            leaf.parent().set(leaf.name(), leaf.value());
        }
    }

    /** A field holding a scalar, and the object holding it. */
    record Leaf(ObjectNode parent, String name, JsonNode value) {}

    static List<Leaf> leaves(JsonNode node) {
        List<Leaf> leaves = new ArrayList<>();
        collect(node, leaves);
        return leaves;
    }

    private static void collect(JsonNode node, List<Leaf> leaves) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                JsonNode child = object.get(name);
                if (child.isContainer()) {
                    collect(child, leaves);
                } else {
                    leaves.add(new Leaf(object, name, child));
                }
            }
        } else if (node.isArray()) {
            for (JsonNode child : node) {
                collect(child, leaves);
            }
        }
    }
}
