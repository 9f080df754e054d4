package cn.xingfu.kernel;

import java.util.Map;
import java.util.Set;

/**
 * A rule of the domain said no. Carries a stable machine code and the message in Chinese and English,
 * so every caller (kiosk, staff page, API client) can show it in the user's language. The web layer maps
 * {@link Kind} to an HTTP status; the domain itself knows nothing of HTTP.
 */
public class DomainException extends RuntimeException {

    /** What kind of refusal this is; decides the HTTP status. */
    public enum Kind {
        /** The input itself is wrong (400). */
        INVALID,
        /** The referenced thing does not exist (404). */
        NOT_FOUND,
        /** The caller may not do this to this thing (403). */
        FORBIDDEN,
        /** The current state of things forbids it (409). */
        CONFLICT,
        /** Understood and well-formed, but a business rule refuses it (422). */
        REJECTED
    }

    /**
     * Names the problem itself uses: a fact under one of them would overwrite it on the wire (a fact "status" once
     * turned the problem's HTTP status into a string such as "DISCHARGED").
     */
    static final Set<String> RESERVED =
            Set.of("type", "title", "status", "detail", "instance", "code", "messageZh", "messageEn");

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final Map<String, Object> details;

    public DomainException(Kind kind, String code, String messageZh, String messageEn) {
        this(kind, code, messageZh, messageEn, Map.of());
    }

    public DomainException(Kind kind, String code, String messageZh, String messageEn, Map<String, Object> details) {
        super(code + ": " + messageEn);
        for (String name : details.keySet()) {
            if (RESERVED.contains(name)) {
                throw new IllegalArgumentException(
                        "the fact " + name + " of " + code + " would overwrite the problem's");
            }
        }
        this.kind = kind;
        this.code = code;
        this.messageZh = messageZh;
        this.messageEn = messageEn;
        this.details = Map.copyOf(details);
    }

    public static DomainException invalid(String code, String zh, String en) {
        return new DomainException(Kind.INVALID, code, zh, en);
    }

    public static DomainException notFound(String code, String zh, String en) {
        return new DomainException(Kind.NOT_FOUND, code, zh, en);
    }

    public static DomainException forbidden(String code, String zh, String en) {
        return new DomainException(Kind.FORBIDDEN, code, zh, en);
    }

    public static DomainException conflict(String code, String zh, String en) {
        return new DomainException(Kind.CONFLICT, code, zh, en);
    }

    public static DomainException rejected(String code, String zh, String en) {
        return new DomainException(Kind.REJECTED, code, zh, en);
    }

    /** A copy with machine-readable facts for the client (e.g. which item was out of range). */
    public DomainException with(Map<String, Object> extra) {
        return new DomainException(kind, code, messageZh, messageEn, extra);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String messageZh() {
        return messageZh;
    }

    public String messageEn() {
        return messageEn;
    }

    /** Extra machine-readable facts for the client, e.g. the dish that sold out. */
    public Map<String, Object> details() {
        return details;
    }
}
