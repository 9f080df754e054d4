package cn.xingfu.kernel.badinput;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Judges each answer of a bad-input suite and keeps what was wrong (the findings a test asserts empty) and how
 * the service answered by status and code (the figures in docs/reliability.md).
 */
public final class Verdicts {

    private final List<String> findings = new ArrayList<>();
    private final Map<String, Integer> tally = new TreeMap<>();
    private int cases;

    /** Invalid input: a 4xx problem+json with a stable code, nothing else. */
    public void expectRefused(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        count(answer);
        if (answer.status() < 400 || answer.status() >= 500 || !answer.isProblemWithCode()) {
            record(operation, what, answer);
        }
    }

    /** Hostile but possibly valid input (odd text): never a 5xx, and a refusal is a problem with a code. */
    public void expectNoServerError(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        count(answer);
        if (answer.status() >= 500 || (answer.status() >= 400 && !answer.isProblemWithCode())) {
            record(operation, what, answer);
        }
    }

    /** Another owner's data: refused as forbidden or not found, with a code. */
    public void expectOutOfReach(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        count(answer);
        if ((answer.status() != 403 && answer.status() != 404) || !answer.isProblemWithCode()) {
            record(operation, what, answer);
        }
    }

    public List<String> findings() {
        return List.copyOf(findings);
    }

    public int cases() {
        return cases;
    }

    /** {@code "400 MALFORMED_REQUEST" -> 540, ...} */
    public Map<String, Integer> tally() {
        return Map.copyOf(new TreeMap<>(tally));
    }

    public String summary() {
        return cases + " cases, " + findings.size() + " findings; answers " + new TreeMap<>(tally);
    }

    private void count(ApiProbe.Answer answer) {
        cases++;
        tally.merge(answer.status() + " " + answer.code(), 1, Integer::sum);
    }

    private void record(ApiDocument.Operation operation, String what, ApiProbe.Answer answer) {
        findings.add(operation.name() + " [" + abbreviate(what) + "] -> " + answer.status() + " "
                + abbreviate(answer.body()));
    }

    public static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
