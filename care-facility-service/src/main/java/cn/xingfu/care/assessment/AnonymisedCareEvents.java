package cn.xingfu.care.assessment;

import cn.xingfu.care.resident.ResidentAnonymised;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** When a resident's retention runs out, the free-text notes on their falls and condition changes go too. */
@Component
class AnonymisedCareEvents {

    private final CareEvents events;

    AnonymisedCareEvents(CareEvents events) {
        this.events = events;
    }

    @ApplicationModuleListener
    void on(ResidentAnonymised anonymised) {
        events.clearNotesOf(anonymised.residentId());
    }
}
