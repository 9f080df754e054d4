package cn.xingfu.kernel.badinput;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Judges each answer of a bad-input suite and keeps what was wrong (the findings a test asserts empty) and how
 * the service answered by status and code (the figures in docs/reliability.md). Once {@link #declaredBy} a document,
 * every error answer is also held to that document: its status must be one the operation declares, and its body must
 * fit the problem schema declared for that status, besides the kernel's own contract (status repeated, a stable
 * code, a Chinese and an English message, Content-Type problem+json).
 */
public final class Verdicts {

    static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9_]+$");
    static final Pattern CHINESE = Pattern.compile("[\\u3400-\\u9FFF]");
    private static final String PROBLEM_JSON = "application/problem+json";

    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> tally = new TreeMap<>();
    private int cases;
    private int checkedAgainstSchema;
    private @Nullable ApiDocument document;

    /** From now on hold every error answer to what {@code document} declares. */
    public Verdicts declaredBy(ApiDocument document) {
        // a document whose Problem schema lost its closure or required list on the way out (springdoc writes
        // OpenAPI 3.1) would let every check here pass vacuously
        JsonNode problem = document.schema("Problem");
        if (!problem.path("additionalProperties").isBoolean()
                || problem.path("additionalProperties").asBoolean()
                || problem.path("required").size() < 7
                || !problem.path("properties").path("code").has("pattern")) {
            throw new IllegalStateException("the document declares no closed Problem schema: " + problem);
        }
        this.document = document;
        return this;
    }

    /** Invalid input: a 4xx problem+json with a stable code, nothing else. */
    public void expectRefused(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        boolean wrong = answer.status() < 400 || answer.status() >= 500 || !answer.isProblemWithCode();
        judge(operation, what, answer, wrong);
    }

    /** Hostile but possibly valid input (odd text): never a 5xx, and a refusal is a problem with a code. */
    public void expectNoServerError(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        boolean wrong = answer.status() >= 500 || (answer.status() >= 400 && !answer.isProblemWithCode());
        judge(operation, what, answer, wrong);
    }

    /** Another owner's data: refused as forbidden or not found, with a code. */
    public void expectOutOfReach(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        boolean wrong = (answer.status() != 403 && answer.status() != 404) || !answer.isProblemWithCode();
        judge(operation, what, answer, wrong);
    }

    /**
     * How an error answer breaks the declaration and the kernel's contract, in words; empty for a success, for an
     * answer that keeps both, and when no document was given.
     */
    public List<String> contractBreaches(ApiDocument.Operation operation, ApiProbe.Answer answer) {
        if (answer.status() < 400 || document == null) {
            return List.of();
        }
        checkedAgainstSchema++;
        Set<String> breaches = new LinkedHashSet<>();
        Optional<ApiDocument.Operation> declared = document.operation(operation.method(), operation.path());
        if (declared.isEmpty()) {
            breaches.add("the operation is not in the document");
        }
        Optional<JsonNode> schema = declared.flatMap(spec -> document.problemSchema(spec, answer.status()));
        if (declared.isPresent()
                && !ApiDocument.declaredStatuses(declared.get()).contains(String.valueOf(answer.status()))) {
            breaches.add("status " + answer.status() + " is not declared (declared: "
                    + ApiDocument.declaredStatuses(declared.get()) + ")");
        } else if (declared.isPresent() && schema.isEmpty()) {
            breaches.add("no application/problem+json schema is declared for " + answer.status());
        }
        if (!answer.contentType().startsWith(PROBLEM_JSON)) {
            breaches.add("Content-Type is \"" + answer.contentType() + "\", not " + PROBLEM_JSON);
        }
        JsonNode body;
        try {
            body = ApiDocument.JSON.readTree(answer.body());
        } catch (RuntimeException notJson) {
            breaches.add("the body is not JSON");
            return List.copyOf(breaches);
        }
        if (body == null || !body.isObject()) {
            breaches.add("the body is not a JSON object");
            return List.copyOf(breaches);
        }
        // an undeclared status is still held to the service's problem schema, so one finding says everything
        JsonNode against =
                schema.orElseGet(() -> ApiDocument.JSON.createObjectNode().put("$ref", "#/components/schemas/Problem"));
        breaches.addAll(new SchemaCheck(document::resolve).violations(against, body));
        breaches.addAll(kernelContract(answer.status(), body));
        return List.copyOf(breaches);
    }

    /** What every problem of ours says, whatever a document declares. */
    static List<String> kernelContract(int status, JsonNode body) {
        List<String> breaches = new ArrayList<>();
        if (!body.path("status").isIntegralNumber() || body.path("status").asInt() != status) {
            breaches.add("status " + body.path("status") + " in the body, " + status + " on the wire");
        }
        if (!CODE.matcher(body.path("code").asString("")).matches()) {
            breaches.add("code " + body.path("code") + " is not a stable code " + CODE.pattern());
        }
        if (!CHINESE.matcher(body.path("messageZh").asString("")).find()) {
            breaches.add("messageZh " + body.path("messageZh") + " has no Chinese");
        }
        if (body.path("messageEn").asString("").isBlank()) {
            breaches.add("messageEn is empty or missing");
        }
        return breaches;
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public int cases() {
        return cases;
    }

    /** Error answers held to the document's declaration (all of them, once {@link #declaredBy} was called). */
    public int checkedAgainstSchema() {
        return checkedAgainstSchema;
    }

    /** {@code "400 MALFORMED_REQUEST" -> 540, ...} */
    public Map<String, Integer> tally() {
        return Map.copyOf(new TreeMap<>(tally));
    }

    public String summary() {
        return cases + " cases, " + checkedAgainstSchema + " error answers checked against the declared schema, "
                + findings.size() + " findings; answers " + new TreeMap<>(tally);
    }

    private void judge(ApiDocument.Operation operation, String what, ApiProbe.Answer answer, boolean unexpected) {
        cases++;
        tally.merge(answer.status() + " " + answer.code(), 1, Integer::sum);
        List<String> breaches = contractBreaches(operation, answer);
        if (unexpected || !breaches.isEmpty()) {
            findings.add(operation.name() + " [" + abbreviate(what) + "] -> " + answer.status() + " "
                    + abbreviate(answer.body()) + (breaches.isEmpty() ? "" : " " + breaches));
        }
    }

    public static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
