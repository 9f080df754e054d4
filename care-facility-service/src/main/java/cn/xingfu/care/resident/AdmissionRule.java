package cn.xingfu.care.resident;

import cn.xingfu.care.bed.BedView;
import java.time.LocalDate;

/**
 * A rule another module adds to admission and transfer (e.g. the dementia unit's diagnosis-or-screening
 * requirement). Throw a {@code DomainException} to refuse; the stay is then left unchanged.
 */
public interface AdmissionRule {

    void check(long residentId, BedView bed, LocalDate on);
}
