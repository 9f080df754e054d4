package cn.xingfu.care.resident;

import java.time.LocalDate;

/** An ICD-10 diagnosis. Health data: show only to care managers of the resident's facility. */
public record DiagnosisView(
        long id, String icd10Code, String name, LocalDate diagnosedOn, String diagnosedBy, boolean psychiatrist) {

    /** F00-F03: dementia (Alzheimer's, vascular, other, unspecified). */
    public boolean isDementia() {
        return Icd10.isDementia(icd10Code);
    }

    /** F04-F99: another mental or behavioural disorder. */
    public boolean isOtherMentalDisorder() {
        return Icd10.isOtherMentalDisorder(icd10Code);
    }
}
