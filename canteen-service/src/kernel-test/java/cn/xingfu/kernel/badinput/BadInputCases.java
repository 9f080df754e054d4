package cn.xingfu.kernel.badinput;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The walk both suites make over their service's operations: every hostile request built from the document, handed
 * to the suite's own sender (which knows who calls what) and judged. A suite supplies its world, its paths and its
 * sender; what is tried and how it is judged is the same for both services.
 */
public final class BadInputCases {

    /** Sends one request as the suite's caller for the operation; {@code chunked} without a Content-Length. */
    @FunctionalInterface
    public interface Sender {
        ApiProbe.Answer send(ApiDocument.Operation operation, String path, @Nullable String body, boolean chunked);
    }

    private final ApiDocument document;
    private final PlausibleBodies bodies;
    private final PlausibleBodies.Values values;
    private final Function<ApiDocument.Operation, String> pathOf;

    /**
     * @param values the caller's own world (ids, day)
     * @param pathOf an operation's path with the caller's own ids filled in
     */
    public BadInputCases(
            ApiDocument document, PlausibleBodies.Values values, Function<ApiDocument.Operation, String> pathOf) {
        this.document = document;
        this.bodies = new PlausibleBodies(document);
        this.values = values;
        this.pathOf = pathOf;
    }

    /** Garbage path ids, then for each JSON write every invalid body, the oversized and the chunked one: refused. */
    public void invalidInput(Sender sender, Verdicts verdicts) {
        for (ApiDocument.Operation operation : document.apiOperations()) {
            String query = bodies.query(operation, values);
            if (operation.hasPathParameters()) {
                for (String garbage : HostileInput.GARBAGE_IDS) {
                    String body = operation.jsonBody() ? "{}" : null;
                    verdicts.expectRefused(
                            operation,
                            "path " + garbage,
                            sender.send(operation, operation.path(name -> garbage) + query, body, false));
                }
            }
            if (!operation.jsonBody() || !operation.writes()) {
                continue;
            }
            String path = pathOf.apply(operation) + query;
            JsonNode base = bodies.bodyFor(operation, values);
            for (HostileInput.Case broken : HostileInput.invalidBodies(base)) {
                verdicts.expectRefused(operation, broken.what(), sender.send(operation, path, broken.body(), false));
            }
            verdicts.expectRefused(operation, "oversized", sender.send(operation, path, HostileInput.OVERSIZED, false));
            verdicts.expectRefused(
                    operation,
                    "chunked",
                    sender.send(operation, path, ApiDocument.JSON.writeValueAsString(base), true));
        }
    }

    /** {@link #invalidInput}, then: no findings, and every table and figure of {@code data} exactly as before. */
    public void assertInvalidInputRefusedAndNothingChanged(Sender sender, Verdicts verdicts, DataSnapshot data) {
        Map<String, Object> before = data.take();
        invalidInput(sender, verdicts);
        assertThat(verdicts.findings())
                .as("%d operations, %s", operations(), verdicts.summary())
                .isEmpty();
        assertThat(data.take()).as("the data after refused requests").isEqualTo(before);
    }

    /** For each JSON write the hostile and generated texts in every free-text field: never a server error. */
    public void hostileText(Sender sender, Verdicts verdicts) {
        for (ApiDocument.Operation operation : document.apiOperations()) {
            if (!operation.jsonBody() || !operation.writes()) {
                continue;
            }
            String path = pathOf.apply(operation) + bodies.query(operation, values);
            JsonNode base = bodies.bodyFor(operation, values);
            for (String text : HostileInput.TEXT) {
                verdicts.expectNoServerError(
                        operation,
                        "text " + text,
                        sender.send(operation, path, HostileInput.withFreeText(base, text), false));
            }
            HostileInput.generatedTexts(
                    3,
                    text -> verdicts.expectNoServerError(
                            operation,
                            "generated text",
                            sender.send(operation, path, HostileInput.withFreeText(base, text), false)));
        }
    }

    /**
     * Every operation {@code include} picks, called with another owner's ids in the path (and query) and a body
     * built from that owner's world; {@code judge} is the suite's verdict.
     */
    public void anotherOwnersData(
            PlausibleBodies.Values others,
            Function<ApiDocument.Operation, String> othersPath,
            java.util.function.Predicate<ApiDocument.Operation> include,
            Sender sender,
            Judge judge) {
        for (ApiDocument.Operation operation : document.apiOperations()) {
            if (!operation.hasPathParameters() || !include.test(operation)) {
                continue;
            }
            String body = operation.jsonBody()
                    ? ApiDocument.JSON.writeValueAsString(bodies.bodyFor(operation, others))
                    : null;
            String path = othersPath.apply(operation) + bodies.query(operation, others);
            judge.judge(operation, "another owner's ids", sender.send(operation, path, body, false));
        }
    }

    /** One of {@link Verdicts}'s expectations. */
    @FunctionalInterface
    public interface Judge {
        void judge(ApiDocument.Operation operation, String what, ApiProbe.Answer answer);
    }

    public int operations() {
        return document.apiOperations().size();
    }
}
