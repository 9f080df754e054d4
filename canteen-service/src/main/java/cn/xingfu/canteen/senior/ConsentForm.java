package cn.xingfu.canteen.senior;

import cn.xingfu.kernel.DomainException;

/**
 * A consent as a manager takes it down, at registration, with a change or on its own: what it covers, who gave it
 * (the senior, a guardian or an agent) and which version of the notice they were shown.
 */
public record ConsentForm(ConsentScope scope, String givenBy, ConsentRecord.Relation relation, String documentVersion) {

    /** @throws DomainException CONSENT_INVALID when a part is missing or too long */
    void check() {
        if (scope == null
                || relation == null
                || givenBy == null
                || givenBy.isBlank()
                || documentVersion == null
                || documentVersion.isBlank()) {
            throw DomainException.invalid(
                    "CONSENT_INVALID",
                    "请填写同意范围、同意人、与长者的关系和告知书版本",
                    "Say what the consent covers, who gave it, their relation to the senior and which notice version they read");
        }
        if (givenBy.trim().length() > 100 || documentVersion.trim().length() > 32) {
            throw DomainException.invalid(
                    "CONSENT_INVALID", "同意人或告知书版本过长", "The consenter or notice version is too long");
        }
    }
}
