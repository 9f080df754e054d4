package cn.xingfu.care.shared;

import java.util.Map;

/**
 * A care rule said no. The stable {@code code} is for machines, the Chinese and English messages for
 * people; the web layer turns {@link Kind} into an HTTP status so the domain knows nothing of HTTP.
 */
public class DomainException extends RuntimeException {

    /** Decides the HTTP status: 400, 404, 403, 409, 422. */
    public enum Kind {
        INVALID,
        NOT_FOUND,
        FORBIDDEN,
        CONFLICT,
        REJECTED
    }

    private final Kind kind;
    private final String code;
    private final String messageZh;
    private final String messageEn;
    private final Map<String, Object> details;

    public DomainException(Kind kind, String code, String zh, String en, Map<String, Object> details) {
        super(code + ": " + en);
        this.kind = kind;
        this.code = code;
        this.messageZh = zh;
        this.messageEn = en;
        this.details = Map.copyOf(details);
    }

    public static DomainException invalid(String code, String zh, String en) {
        return new DomainException(Kind.INVALID, code, zh, en, Map.of());
    }

    public static DomainException notFound(String code, String zh, String en) {
        return new DomainException(Kind.NOT_FOUND, code, zh, en, Map.of());
    }

    public static DomainException forbidden(String code, String zh, String en) {
        return new DomainException(Kind.FORBIDDEN, code, zh, en, Map.of());
    }

    public static DomainException conflict(String code, String zh, String en) {
        return new DomainException(Kind.CONFLICT, code, zh, en, Map.of());
    }

    public static DomainException rejected(String code, String zh, String en) {
        return new DomainException(Kind.REJECTED, code, zh, en, Map.of());
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

    public Map<String, Object> details() {
        return details;
    }
}
