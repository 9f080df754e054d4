package cn.xingfu.care.homecare;

import cn.xingfu.care.resident.ServiceEnds;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Home-care agreements count for the resident records' retention like institution stays. */
@Component
class HomeCareServiceEnds implements ServiceEnds {

    private final ServiceAgreements agreements;

    HomeCareServiceEnds(ServiceAgreements agreements) {
        this.agreements = agreements;
    }

    @Override
    public Optional<LocalDate> lastServiceEnd(long residentId) {
        return agreements.findByResidentId(residentId).stream()
                .map(ServiceAgreement::endsOn)
                .max(LocalDate::compareTo);
    }
}
