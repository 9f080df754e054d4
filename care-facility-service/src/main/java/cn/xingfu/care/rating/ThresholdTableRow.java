package cn.xingfu.care.rating;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A stored threshold table; rows are added with a start date, never edited. */
@Entity
@Table(name = "rating_threshold_table")
class ThresholdTableRow {

    @Id
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private RatingScheme scheme;

    @Column(nullable = false, length = 200)
    private String label;

    @Column(nullable = false)
    private boolean demo;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "effective_to")
    private @Nullable LocalDate effectiveTo;

    @Column(name = "max_environment", nullable = false)
    private int maxEnvironment;

    @Column(name = "max_facilities", nullable = false)
    private int maxFacilities;

    @Column(name = "max_operations", nullable = false)
    private int maxOperations;

    @Column(name = "max_service", nullable = false)
    private int maxService;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "rating_threshold_level", joinColumns = @JoinColumn(name = "table_id"))
    private List<LevelRow> levels = new ArrayList<>();

    protected ThresholdTableRow() {}

    ThresholdTableRow(ThresholdTable table, String createdBy, Instant now) {
        this.id = table.id();
        this.scheme = table.scheme();
        this.label = table.label();
        this.demo = table.demo();
        this.effectiveFrom = table.effectiveFrom();
        this.effectiveTo = table.effectiveTo();
        this.maxEnvironment = table.maxima().environment();
        this.maxFacilities = table.maxima().facilities();
        this.maxOperations = table.maxima().operations();
        this.maxService = table.maxima().service();
        this.createdBy = createdBy;
        this.createdAt = now;
        for (ThresholdTable.LevelThreshold level : table.levels()) {
            LevelRow row = new LevelRow();
            row.level = level.level();
            row.minTotal = level.minTotal();
            row.minEnvironment = level.minimum().environment();
            row.minFacilities = level.minimum().facilities();
            row.minOperations = level.minimum().operations();
            row.minService = level.minimum().service();
            levels.add(row);
        }
    }

    ThresholdTable table() {
        return new ThresholdTable(
                id,
                scheme,
                label,
                demo,
                effectiveFrom,
                effectiveTo,
                new PartScores(maxEnvironment, maxFacilities, maxOperations, maxService),
                levels.stream()
                        .map(row -> new ThresholdTable.LevelThreshold(
                                row.level,
                                row.minTotal,
                                new PartScores(
                                        row.minEnvironment, row.minFacilities, row.minOperations, row.minService)))
                        .toList());
    }

    /** One level's minima. */
    @Embeddable
    static class LevelRow {

        @Column(name = "rating_level", nullable = false)
        int level;

        @Column(name = "min_total", nullable = false)
        int minTotal;

        @Column(name = "min_environment", nullable = false)
        int minEnvironment;

        @Column(name = "min_facilities", nullable = false)
        int minFacilities;

        @Column(name = "min_operations", nullable = false)
        int minOperations;

        @Column(name = "min_service", nullable = false)
        int minService;
    }
}
