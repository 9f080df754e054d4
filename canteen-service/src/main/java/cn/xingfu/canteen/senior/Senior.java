package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.crypto.Encrypted;
import cn.xingfu.canteen.shared.crypto.EncryptedDouble;
import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import cn.xingfu.canteen.shared.food.FoodSetColumns;
import cn.xingfu.canteen.shared.food.Texture;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import cn.xingfu.kernel.Masking;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A registered senior. The resident ID number is held only as ciphertext, a blind index and a masked copy;
 * the registry decrypts it never for display. The lifecycle moves only along {@link Lifecycle#canBecome}.
 */
@Entity
@Table(name = "senior")
class Senior {

    @Id
    private Long id;

    @Version
    @Column(name = "row_version", nullable = false)
    private @Nullable Integer rowVersion;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "name_initials", nullable = false, length = 50)
    private String nameInitials;

    @Column(nullable = false, length = 8)
    private String gender;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "id_number_enc", nullable = false, length = 128)
    private byte[] idNumberEncrypted;

    @Column(name = "id_number_index", nullable = false, length = 64)
    private String idNumberIndex;

    @Column(name = "id_number_masked", nullable = false, length = 18)
    private String idNumberMasked;

    @Convert(converter = Encrypted.class)
    @Column(length = 120)
    private @Nullable String phone;

    @Column(name = "phone_tail", length = 4)
    private @Nullable String phoneTail;

    @Convert(converter = Encrypted.class)
    @Column(nullable = false, length = 1000)
    private String address;

    @Convert(converter = EncryptedDouble.class)
    @Column(length = 120)
    private @Nullable Double latitude;

    @Convert(converter = EncryptedDouble.class)
    @Column(length = 120)
    private @Nullable Double longitude;

    @Column(name = "home_canteen_id", nullable = false)
    private long homeCanteenId;

    @Convert(converter = FoodSetColumns.DietaryTags.class)
    @Column(name = "dietary_tags", nullable = false, length = 200)
    private Set<DietaryTag> dietaryTags = EnumSet.noneOf(DietaryTag.class);

    @Convert(converter = FoodSetColumns.Allergens.class)
    @Column(nullable = false, length = 200)
    private Set<Allergen> allergens = EnumSet.noneOf(Allergen.class);

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Texture texture = Texture.NORMAL;

    @Column(name = "emergency_name", length = 50)
    private @Nullable String emergencyName;

    @Column(name = "emergency_relation", length = 20)
    private @Nullable String emergencyRelation;

    @Convert(converter = Encrypted.class)
    @Column(name = "emergency_phone", length = 120)
    private @Nullable String emergencyPhone;

    @Column(name = "worker_name", length = 50)
    private @Nullable String workerName;

    @Convert(converter = Encrypted.class)
    @Column(name = "worker_phone", length = 120)
    private @Nullable String workerPhone;

    @Convert(converter = Encrypted.class)
    @Column(name = "delivery_notes", length = 2200)
    private @Nullable String deliveryNotes;

    @Column(name = "delivery_from")
    private @Nullable LocalTime deliveryFrom;

    @Column(name = "delivery_until")
    private @Nullable LocalTime deliveryUntil;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Lifecycle lifecycle;

    @Column(name = "lifecycle_reason", length = 200)
    private @Nullable String lifecycleReason;

    @Column(name = "lifecycle_changed_at")
    private @Nullable Instant lifecycleChangedAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @OneToMany(mappedBy = "senior", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom, id")
    private List<SeniorStatusRow> statuses = new ArrayList<>();

    protected Senior() {}

    Senior(
            String name,
            ResidentIdNumber idNumber,
            byte[] idNumberEncrypted,
            String idNumberIndex,
            String address,
            long homeCanteenId,
            Instant at,
            String by) {
        this.id = Ids.next();
        this.name = requireText(name, 50, "姓名", "name");
        this.nameInitials = PinyinInitials.of(this.name);
        this.gender = idNumber.gender();
        this.dateOfBirth = idNumber.dateOfBirth();
        this.idNumberEncrypted = idNumberEncrypted;
        this.idNumberIndex = idNumberIndex;
        this.idNumberMasked = Masking.idNumber(idNumber.value());
        this.address = requireText(address, 200, "地址", "address");
        this.homeCanteenId = homeCanteenId;
        this.lifecycle = Lifecycle.ACTIVE;
        this.createdAt = at;
        this.createdBy = by;
        this.updatedAt = at;
    }

    void changePhone(@Nullable String phone) {
        if (phone == null || phone.isBlank()) {
            this.phone = null;
            this.phoneTail = null;
            return;
        }
        String normalized = Phones.normalize(phone);
        this.phone = normalized;
        String digits = normalized.replaceAll("\\D", "");
        this.phoneTail = digits.substring(digits.length() - 4);
    }

    void moveTo(String address, @Nullable Double latitude, @Nullable Double longitude) {
        this.address = requireText(address, 200, "地址", "address");
        if ((latitude == null) != (longitude == null)) {
            throw DomainException.invalid(
                    "COORDINATES_INVALID", "经纬度需同时填写", "Give both latitude and longitude, or neither");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180)) {
            throw DomainException.invalid("COORDINATES_INVALID", "经纬度超出范围", "Latitude or longitude is out of range");
        }
        this.latitude = latitude;
        this.longitude = longitude;
    }

    void changeDietary(DietaryNeeds dietary) {
        this.dietaryTags =
                dietary.needs() == null ? EnumSet.noneOf(DietaryTag.class) : copy(dietary.needs(), DietaryTag.class);
        this.allergens = dietary.allergies() == null
                ? EnumSet.noneOf(Allergen.class)
                : copy(dietary.allergies(), Allergen.class);
        this.texture = dietary.texture() == null ? Texture.NORMAL : dietary.texture();
    }

    void changeEmergencyContact(@Nullable EmergencyContact contact) {
        if (contact == null || blank(contact.name())) {
            this.emergencyName = null;
            this.emergencyRelation = null;
            this.emergencyPhone = null;
            return;
        }
        this.emergencyName = optionalText(contact.name(), 50, "紧急联系人", "emergency contact name");
        this.emergencyRelation = optionalText(contact.relation(), 20, "关系", "relation");
        this.emergencyPhone = blank(contact.phone()) ? null : Phones.normalize(contact.phone());
    }

    void changeCommunityWorker(@Nullable CommunityWorker worker) {
        if (worker == null || blank(worker.name())) {
            this.workerName = null;
            this.workerPhone = null;
            return;
        }
        this.workerName = optionalText(worker.name(), 50, "社区工作人员", "community worker name");
        this.workerPhone = blank(worker.phone()) ? null : Phones.normalize(worker.phone());
    }

    void changeDeliveryNotes(@Nullable String notes) {
        this.deliveryNotes = optionalText(notes, 500, "送餐备注", "delivery notes");
    }

    void changeDeliveryWindow(@Nullable LocalTime from, @Nullable LocalTime until) {
        if (from != null && until != null && !from.isBefore(until)) {
            throw DomainException.invalid(
                    "DELIVERY_WINDOW_INVALID", "送餐时间段的开始须早于结束", "The delivery window must start before it ends");
        }
        this.deliveryFrom = from;
        this.deliveryUntil = until;
    }

    void addStatus(StatusPeriod period, Instant at, String by) {
        if (period.status() == null || period.validFrom() == null || blank(period.source())) {
            throw DomainException.invalid(
                    "STATUS_PERIOD_INVALID", "身份状态须有类型、来源和起始日期", "A status needs a type, a source and a start date");
        }
        if (period.validTo() != null && period.validTo().isBefore(period.validFrom())) {
            throw DomainException.invalid(
                    "STATUS_PERIOD_INVALID", "有效期结束日期早于开始日期", "The status period ends before it starts");
        }
        if (period.source().length() > 100) {
            throw DomainException.invalid("STATUS_PERIOD_INVALID", "来源过长", "The source is too long");
        }
        statuses.add(new SeniorStatusRow(this, period, at, by));
        touched(at);
    }

    /** Returns the previous state. */
    Lifecycle changeLifecycle(Lifecycle next, String reason, Instant at) {
        if (!lifecycle.canBecome(next)) {
            throw new DomainException(
                    DomainException.Kind.CONFLICT,
                    "LIFECYCLE_TRANSITION_INVALID",
                    "长者状态不能从“" + lifecycle.zh() + "”变为“" + next.zh() + "”",
                    "A senior cannot go from " + lifecycle + " to " + next,
                    java.util.Map.of("from", lifecycle.name(), "to", next.name()));
        }
        Lifecycle previous = lifecycle;
        this.lifecycle = next;
        this.lifecycleReason = requireText(reason, 200, "原因", "reason");
        this.lifecycleChangedAt = at;
        touched(at);
        return previous;
    }

    void touched(Instant at) {
        this.updatedAt = at;
    }

    SeniorProfile toProfile() {
        return new SeniorProfile(
                id,
                name,
                Masking.name(name),
                gender,
                dateOfBirth,
                homeCanteenId,
                lifecycle,
                statusPeriods(),
                dietary(),
                java.util.Set.of(),
                List.of());
    }

    SeniorSummary toSummary() {
        return new SeniorSummary(
                id, name, gender, dateOfBirth, idNumberMasked, maskedPhone(), homeCanteenId, lifecycle);
    }

    SeniorDetail toDetail() {
        return new SeniorDetail(
                id,
                name,
                nameInitials,
                gender,
                dateOfBirth,
                idNumberMasked,
                phone,
                maskedPhone(),
                address,
                latitude,
                longitude,
                homeCanteenId,
                statusPeriods(),
                dietary(),
                emergencyName == null ? null : new EmergencyContact(emergencyName, emergencyRelation, emergencyPhone),
                workerName == null ? null : new CommunityWorker(workerName, workerPhone),
                deliveryNotes,
                deliveryFrom,
                deliveryUntil,
                lifecycle,
                lifecycleReason,
                lifecycleChangedAt,
                rowVersion == null ? 0 : rowVersion);
    }

    DeliveryContact toDeliveryContact() {
        return new DeliveryContact(
                id,
                name,
                maskedPhone(),
                phone,
                address,
                latitude,
                longitude,
                deliveryNotes,
                deliveryFrom,
                deliveryUntil,
                emergencyName,
                emergencyRelation,
                emergencyPhone,
                workerName,
                workerPhone);
    }

    /**
     * The consent scopes of the sensitive data on record: dietary needs, statuses, a phone or a position (the postal
     * address alone does not count, see {@link SensitiveData}).
     */
    Set<ConsentScope> scopesOnRecord() {
        Set<ConsentScope> scopes = EnumSet.noneOf(ConsentScope.class);
        if (dietary().any()) {
            scopes.add(ConsentScope.HEALTH_DIET);
        }
        if (!statuses.isEmpty()) {
            scopes.add(ConsentScope.ELIGIBILITY_STATUS);
        }
        if (phone != null || latitude != null) {
            scopes.add(ConsentScope.DELIVERY_ADDRESS);
        }
        return scopes;
    }

    String name() {
        return name;
    }

    String idNumberMasked() {
        return idNumberMasked;
    }

    long id() {
        return id;
    }

    long homeCanteenId() {
        return homeCanteenId;
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    byte[] idNumberEncrypted() {
        return idNumberEncrypted;
    }

    private @Nullable String maskedPhone() {
        return phone == null ? null : Masking.phone(phone);
    }

    private List<StatusPeriod> statusPeriods() {
        return statuses.stream().map(SeniorStatusRow::toPeriod).toList();
    }

    private DietaryNeeds dietary() {
        return new DietaryNeeds(Set.copyOf(dietaryTags), Set.copyOf(allergens), texture);
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        Set<E> copy = EnumSet.noneOf(type);
        values.stream().filter(java.util.Objects::nonNull).forEach(copy::add);
        return copy;
    }

    static boolean blank(@Nullable String text) {
        return text == null || text.isBlank();
    }

    private static String requireText(@Nullable String text, int max, String zh, String en) {
        if (blank(text)) {
            throw DomainException.invalid("FIELD_REQUIRED", zh + "不能为空", "The " + en + " is required");
        }
        String trimmed = text.trim();
        if (trimmed.length() > max) {
            throw DomainException.invalid("FIELD_TOO_LONG", zh + "过长", "The " + en + " is too long");
        }
        return trimmed;
    }

    private static @Nullable String optionalText(@Nullable String text, int max, String zh, String en) {
        return blank(text) ? null : requireText(text, max, zh, en);
    }
}
