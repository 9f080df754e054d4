package cn.xingfu.canteen.subsidy;

import cn.xingfu.canteen.senior.EligibilityStatus;
import cn.xingfu.canteen.shared.Channel;
import cn.xingfu.kernel.Ids;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The stored form of a {@link SubsidyPolicy} version. Only {@link #closeOn} changes it after creation. */
@Entity
@Table(name = "subsidy_policy")
class StoredPolicy {

    @Id
    private Long id;

    @Column(name = "district_code", nullable = false, length = 6, updatable = false)
    private String districtCode;

    @Column(nullable = false, length = 32, updatable = false)
    private String version;

    @Column(nullable = false, length = 200, updatable = false)
    private String label;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private @Nullable LocalDate effectiveTo;

    @Column(name = "schemes_add_up", nullable = false, updatable = false)
    private boolean schemesAddUp;

    @Convert(converter = Statuses.class)
    @Column(name = "delivery_statuses", nullable = false, length = 200, updatable = false)
    private Set<EligibilityStatus> deliveryStatuses;

    @Column(name = "delivery_min_age", updatable = false)
    private @Nullable Integer deliveryMinAge;

    @Convert(converter = Statuses.class)
    @Column(name = "delivery_age_statuses", nullable = false, length = 200, updatable = false)
    private Set<EligibilityStatus> deliveryAgeStatuses;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "policy_id", nullable = false, updatable = false)
    @OrderColumn(name = "scheme_order")
    private List<StoredScheme> schemes = new ArrayList<>();

    protected StoredPolicy() {}

    StoredPolicy(long id, SubsidyPolicy p, String createdBy, Instant now) {
        this.id = id;
        this.districtCode = p.districtCode();
        this.version = p.version();
        this.label = p.label();
        this.effectiveFrom = p.effectiveFrom();
        this.effectiveTo = p.effectiveTo();
        this.schemesAddUp = p.schemesAddUp();
        this.deliveryStatuses = p.delivery().anyOf();
        this.deliveryMinAge = p.delivery().minAge();
        this.deliveryAgeStatuses = p.delivery().withAgeAnyOf();
        this.createdAt = now;
        this.createdBy = createdBy;
        p.schemes().forEach(scheme -> schemes.add(new StoredScheme(Ids.next(), scheme)));
    }

    /** Ends this version the day before its successor starts. */
    void closeOn(LocalDate lastDay) {
        if (effectiveTo == null || effectiveTo.isAfter(lastDay)) {
            effectiveTo = lastDay;
        }
    }

    LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    SubsidyPolicy toPolicy() {
        return new SubsidyPolicy(
                districtCode,
                version,
                label,
                effectiveFrom,
                effectiveTo,
                schemes.stream().map(StoredScheme::toScheme).toList(),
                schemesAddUp,
                new SubsidyPolicy.DeliveryRule(deliveryStatuses, deliveryMinAge, deliveryAgeStatuses));
    }

    /** A scheme of the version, with its own tiers. */
    @Entity
    @Table(name = "subsidy_scheme")
    static class StoredScheme {

        @Id
        private Long id;

        @Column(nullable = false, length = 40, updatable = false)
        private String code;

        @Column(nullable = false, length = 32, updatable = false)
        private String funder;

        @Column(name = "name_zh", nullable = false, length = 50, updatable = false)
        private String nameZh;

        @Column(name = "effective_from", nullable = false, updatable = false)
        private LocalDate effectiveFrom;

        @Column(name = "effective_to", updatable = false)
        private @Nullable LocalDate effectiveTo;

        @Convert(converter = ChannelSet.class)
        @Column(nullable = false, length = 100, updatable = false)
        private Set<Channel> channels;

        @Enumerated(EnumType.STRING)
        @Column(nullable = false, length = 16, updatable = false)
        private SubsidyPolicy.Basis basis;

        @Column(name = "daily_cap", updatable = false)
        private @Nullable Integer dailyCap;

        @Column(name = "weekly_cap", updatable = false)
        private @Nullable Integer weeklyCap;

        @Column(name = "monthly_cap", updatable = false)
        private @Nullable Integer monthlyCap;

        @Column(name = "minimum_bill", nullable = false, precision = 10, scale = 2, updatable = false)
        private BigDecimal minimumBill;

        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "subsidy_scheme_tier", joinColumns = @JoinColumn(name = "scheme_id"))
        @OrderColumn(name = "tier_order")
        private List<StoredTier> tiers = new ArrayList<>();

        protected StoredScheme() {}

        StoredScheme(long id, SubsidyScheme s) {
            this.id = id;
            this.code = s.code();
            this.funder = s.funder();
            this.nameZh = s.nameZh();
            this.effectiveFrom = s.effectiveFrom();
            this.effectiveTo = s.effectiveTo();
            this.channels = s.channels();
            this.basis = s.basis();
            this.dailyCap = s.dailyCap();
            this.weeklyCap = s.weeklyCap();
            this.monthlyCap = s.monthlyCap();
            this.minimumBill = s.minimumBill().setScale(2);
            s.tiers().forEach(t -> tiers.add(new StoredTier(t)));
        }

        SubsidyScheme toScheme() {
            return new SubsidyScheme(
                    code,
                    funder,
                    nameZh,
                    effectiveFrom,
                    effectiveTo,
                    channels,
                    basis,
                    tiers.stream().map(StoredTier::toTier).toList(),
                    dailyCap,
                    weeklyCap,
                    monthlyCap,
                    minimumBill);
        }
    }

    @Embeddable
    static class StoredTier {

        @Column(nullable = false, length = 32)
        private String code;

        @Column(name = "name_zh", nullable = false, length = 50)
        private String nameZh;

        @Column(name = "min_age")
        private @Nullable Integer minAge;

        @Convert(converter = Statuses.class)
        @Column(name = "required_statuses", nullable = false, length = 200)
        private Set<EligibilityStatus> requiredStatuses;

        @Column(nullable = false, precision = 10, scale = 2)
        private BigDecimal amount;

        protected StoredTier() {}

        StoredTier(SubsidyPolicy.Tier t) {
            this.code = t.code();
            this.nameZh = t.nameZh();
            this.minAge = t.minAge();
            this.requiredStatuses = t.requiredStatuses();
            this.amount = t.amount().setScale(2);
        }

        SubsidyPolicy.Tier toTier() {
            return new SubsidyPolicy.Tier(code, nameZh, minAge, requiredStatuses, amount);
        }
    }

    @Converter
    static class ChannelSet implements AttributeConverter<Set<Channel>, String> {

        @Override
        public String convertToDatabaseColumn(Set<Channel> attribute) {
            return attribute.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }

        @Override
        public Set<Channel> convertToEntityAttribute(String dbData) {
            EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
            if (dbData != null && !dbData.isBlank()) {
                Arrays.stream(dbData.split(",")).map(String::trim).forEach(n -> set.add(Channel.valueOf(n)));
            }
            return set;
        }
    }

    @Converter
    static class Statuses implements AttributeConverter<Set<EligibilityStatus>, String> {

        @Override
        public String convertToDatabaseColumn(Set<EligibilityStatus> attribute) {
            return attribute.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        }

        @Override
        public Set<EligibilityStatus> convertToEntityAttribute(String dbData) {
            EnumSet<EligibilityStatus> set = EnumSet.noneOf(EligibilityStatus.class);
            if (dbData != null && !dbData.isBlank()) {
                Arrays.stream(dbData.split(",")).map(String::trim).forEach(n -> set.add(EligibilityStatus.valueOf(n)));
            }
            return set;
        }
    }
}
