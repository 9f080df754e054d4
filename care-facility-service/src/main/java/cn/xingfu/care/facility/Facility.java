package cn.xingfu.care.facility;

import cn.xingfu.kernel.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A care institution or community service centre. Other modules refer to it by id only. */
@Entity
@Table(name = "facility")
class Facility {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "facility_type", nullable = false, length = 32)
    private FacilityType type;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(nullable = false, length = 40)
    private String district;

    @Column(name = "operator_name", nullable = false, length = 120)
    private String operator;

    @Column(name = "licence_number", length = 60)
    private @Nullable String licenceNumber;

    @Column(name = "filing_date")
    private @Nullable LocalDate filingDate;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(nullable = false)
    private int capacity;

    @Column(precision = 9, scale = 6)
    private @Nullable BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private @Nullable BigDecimal longitude;

    @Version
    private long version;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Facility() {}

    Facility(long id, FacilityDetails details, Instant now) {
        this.id = id;
        this.createdAt = now;
        apply(details);
    }

    void apply(FacilityDetails details) {
        if (details.filingDate() != null
                && details.filingDate().isAfter(details.openedOn().plusYears(50))) {
            throw DomainException.invalid("FACILITY_DATES_INVALID", "备案日期不合理", "The filing date is implausible");
        }
        if ((details.latitude() == null) != (details.longitude() == null)) {
            throw DomainException.invalid(
                    "FACILITY_LOCATION_INCOMPLETE", "经纬度须同时填写", "Give both latitude and longitude, or neither");
        }
        this.type = details.type();
        this.name = details.name().trim();
        this.address = details.address().trim();
        this.district = details.district().trim();
        this.operator = details.operator().trim();
        this.licenceNumber = details.licenceNumber();
        this.filingDate = details.filingDate();
        this.openedOn = details.openedOn();
        this.capacity = details.capacity();
        this.latitude = details.latitude();
        this.longitude = details.longitude();
    }

    FacilityView view() {
        return new FacilityView(
                id,
                type,
                name,
                address,
                district,
                operator,
                licenceNumber,
                filingDate,
                openedOn,
                capacity,
                latitude,
                longitude,
                version);
    }

    long id() {
        return id;
    }

    long version() {
        return version;
    }
}
