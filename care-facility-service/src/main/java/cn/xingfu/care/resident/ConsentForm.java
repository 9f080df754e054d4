package cn.xingfu.care.resident;

import cn.xingfu.kernel.DomainException;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A consent as a care manager takes it down, on its own or in the {@code consents} of the write that needs it: what
 * it covers, who gave it, their relation to the resident and which version of the notice they were shown. Also the
 * request body of the consent endpoints, so every writer accepts the same shape.
 */
public record ConsentForm(
        @NotNull ConsentScope scope,
        @NotBlank @Size(max = MAX_GIVEN_BY) String givenBy,
        @NotNull ConsentRelation relation,
        @NotBlank @Size(max = MAX_DOCUMENT_VERSION) String documentVersion) {

    static final int MAX_GIVEN_BY = 100;
    static final int MAX_DOCUMENT_VERSION = 32;

    /** The consents of a request body, none when it has no {@code consents}. */
    public static List<ConsentForm> orNone(@Nullable List<ConsentForm> consents) {
        return consents == null ? List.of() : List.copyOf(consents);
    }

    /**
     * Bean validation guards the web; this guards every other caller (demo data, other modules).
     *
     * @throws DomainException CONSENT_INVALID (400) when a part is missing or too long
     */
    @SuppressWarnings("ConstantValue")
    void check() {
        if (scope == null
                || relation == null
                || givenBy == null
                || givenBy.isBlank()
                || documentVersion == null
                || documentVersion.isBlank()) {
            throw DomainException.invalid(
                    "CONSENT_INVALID",
                    "请填写同意范围、同意人、与老人的关系和告知书版本",
                    "Say what the consent covers, who gave it, their relation to the resident and which notice"
                            + " version they read");
        }
        if (givenBy.trim().length() > MAX_GIVEN_BY || documentVersion.trim().length() > MAX_DOCUMENT_VERSION) {
            throw DomainException.invalid(
                    "CONSENT_INVALID", "同意人或告知书版本过长", "The consenter or notice version is too long");
        }
    }
}
