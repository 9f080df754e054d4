package cn.xingfu.canteen.shared.audit;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One thing to audit. {@code kind} is a stable upper-case code (SENIOR_DETAIL, SENIOR_STATUS, WALLET_BALANCE,
 * CONSENT, ...); old and new values are what a reviewer needs, already masked by the caller where the value
 * itself is personal data (a phone number is written as {@code 138****5678}).
 */
public record AuditEntry(
        AuditAction action,
        String kind,
        String subjectType,
        String subjectId,
        @Nullable String field,
        @Nullable String oldValue,
        @Nullable String newValue) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,47}");
    private static final int MAX_VALUE = 500;

    public AuditEntry {
        if (!CODE.matcher(kind).matches()) {
            throw new IllegalArgumentException("audit kind must be an upper-case code: " + kind);
        }
        oldValue = clip(oldValue);
        newValue = clip(newValue);
    }

    public static AuditEntry read(String kind, String subjectType, Object subjectId) {
        return new AuditEntry(AuditAction.READ, kind, subjectType, String.valueOf(subjectId), null, null, null);
    }

    public static AuditEntry created(String kind, String subjectType, Object subjectId, @Nullable String value) {
        return new AuditEntry(AuditAction.CREATE, kind, subjectType, String.valueOf(subjectId), null, null, value);
    }

    public static AuditEntry changed(
            String kind,
            String subjectType,
            Object subjectId,
            String field,
            @Nullable Object oldValue,
            @Nullable Object newValue) {
        return new AuditEntry(
                AuditAction.CHANGE,
                kind,
                subjectType,
                String.valueOf(subjectId),
                field,
                oldValue == null ? null : String.valueOf(oldValue),
                newValue == null ? null : String.valueOf(newValue));
    }

    public static AuditEntry revoked(String kind, String subjectType, Object subjectId, @Nullable String value) {
        return new AuditEntry(AuditAction.REVOKE, kind, subjectType, String.valueOf(subjectId), null, value, null);
    }

    private static @Nullable String clip(@Nullable String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
