package cn.xingfu.canteen.senior;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.kernel.DomainException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which writes need which consent, without Spring. */
class ConsentRequirementTests {

    private static final SeniorRegistration BARE = new SeniorRegistration(
            "王秀英",
            SeniorFixtures.idNumber(),
            null,
            null,
            null,
            "测试路 1 号",
            null,
            null,
            7,
            null,
            null,
            null,
            "请敲门",
            null,
            null,
            List.of(),
            List.of());

    @Test
    void theAddressAloneNeedsNoConsentButEachSensitiveFieldNeedsItsScope() {
        assertThat(SensitiveData.in(BARE)).isEmpty();
        assertThat(SensitiveData.in(SeniorFixtures.registration("王秀英", 7)))
                .containsExactlyInAnyOrder(ConsentScope.ELIGIBILITY_STATUS, ConsentScope.DELIVERY_ADDRESS);
        assertThat(SensitiveData.in(changes(null, null, new DietaryNeeds(Set.of(), Set.of(), Texture.MINCED))))
                .containsExactly(ConsentScope.HEALTH_DIET);
        assertThat(SensitiveData.in(changes(null, 29.3, null))).containsExactly(ConsentScope.DELIVERY_ADDRESS);
        // clearing is always allowed
        assertThat(SensitiveData.in(changes("", null, DietaryNeeds.none()))).isEmpty();
    }

    @Test
    void aMissingScopeIsNamedAndAConsentInForceOrGivenNowCoversIt() {
        Set<ConsentScope> written = Set.of(ConsentScope.HEALTH_DIET, ConsentScope.DELIVERY_ADDRESS);
        assertThatThrownBy(() -> Consents.requireFor(written, List.of(form(ConsentScope.HEALTH_DIET)), Set.of()))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("CONSENT_REQUIRED");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.REJECTED);
                    assertThat(e.details()).containsEntry("missing", List.of("DELIVERY_ADDRESS"));
                    assertThat(e.messageZh()).contains("送餐地址");
                    assertThat(e.messageEn()).contains("delivery address");
                });
        assertThatCode(() -> Consents.requireFor(
                        written, List.of(form(ConsentScope.HEALTH_DIET)), Set.of(ConsentScope.DELIVERY_ADDRESS)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Consents.requireFor(
                        Set.of(),
                        List.of(new ConsentForm(ConsentScope.HEALTH_DIET, " ", ConsentRecord.Relation.SELF, "1")),
                        Set.of()))
                .hasMessageContaining("CONSENT_INVALID");
    }

    @Test
    void noticesAppearOnlyForDataOnRecordAndSayWhetherTheConsentWasWithdrawn() {
        SeniorProfile profile = new SeniorProfile(
                1,
                "王秀英",
                "王*英",
                "FEMALE",
                java.time.LocalDate.of(1940, 1, 1),
                7,
                Lifecycle.ACTIVE,
                List.of(),
                new DietaryNeeds(Set.of(), Set.of(Allergen.PEANUT), Texture.NORMAL),
                Set.of(),
                List.of());
        SeniorProfile withheld = profile.withholding(java.util.Map.of(
                ConsentScope.HEALTH_DIET, ConsentNotice.State.WITHDRAWN,
                ConsentScope.ELIGIBILITY_STATUS, ConsentNotice.State.NOT_GIVEN));
        assertThat(withheld.dietary()).isEqualTo(DietaryNeeds.none());
        // no statuses on record: nothing to explain about them
        assertThat(withheld.consentNotices())
                .extracting(ConsentNotice::scope)
                .containsExactly(ConsentScope.HEALTH_DIET);
        assertThat(withheld.consentNotices().get(0).messageZh()).startsWith("您已撤回");
        assertThat(withheld.allows(ConsentScope.ELIGIBILITY_STATUS)).isFalse();
        assertThat(withheld.allows(ConsentScope.DELIVERY_ADDRESS)).isTrue();
    }

    private static SeniorChanges changes(String phone, Double latitude, DietaryNeeds dietary) {
        return new SeniorChanges(
                phone, null, latitude, latitude == null ? null : 106.2, dietary, null, null, null, null, null, null);
    }

    private static ConsentForm form(ConsentScope scope) {
        return new ConsentForm(scope, "本人", ConsentRecord.Relation.SELF, "2026-01");
    }
}
