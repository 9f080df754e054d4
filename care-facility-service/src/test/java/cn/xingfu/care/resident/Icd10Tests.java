package cn.xingfu.care.resident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Icd10Tests {

    @Test
    void dementiaIsF00ToF03AndF04BeginsTheOtherMentalDisorders() {
        assertThat(Icd10.isDementia("F00")).isTrue();
        assertThat(Icd10.isDementia("F03")).isTrue();
        assertThat(Icd10.isDementia("f03.9")).isTrue();
        assertThat(Icd10.isDementia("F04")).isFalse();
        assertThat(Icd10.isOtherMentalDisorder("F03")).isFalse();
        assertThat(Icd10.isOtherMentalDisorder("F04")).isTrue();
        assertThat(Icd10.isOtherMentalDisorder("F99")).isTrue();
    }

    @Test
    void codesOutsideChapterFOrMalformedAreNeither() {
        assertThat(Icd10.isDementia("G30"))
                .as("Alzheimer's disease itself is G30; the dementia code is F00")
                .isFalse();
        assertThat(Icd10.isDementia("F3")).isFalse();
        assertThat(Icd10.isValid("F3")).isFalse();
        assertThat(Icd10.isOtherMentalDisorder("X04")).isFalse();
    }
}
