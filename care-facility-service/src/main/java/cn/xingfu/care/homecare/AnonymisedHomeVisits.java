package cn.xingfu.care.homecare;

import cn.xingfu.care.resident.ResidentAnonymised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * When a resident's retention runs out, the free-text notes of the home visits made to them go too. Visits are
 * kept by bed, so the notes cleared are those on the beds of the resident's agreements, within each agreement.
 */
@Component
class AnonymisedHomeVisits {

    private final ServiceAgreements agreements;
    private final HomeVisits visits;

    AnonymisedHomeVisits(ServiceAgreements agreements, HomeVisits visits) {
        this.agreements = agreements;
        this.visits = visits;
    }

    @ApplicationModuleListener
    void on(ResidentAnonymised anonymised) {
        for (ServiceAgreement agreement : agreements.findByResidentId(anonymised.residentId())) {
            visits.clearNotes(agreement.bedId(), agreement.validFrom(), agreement.endsOn());
        }
    }
}
