package cn.xingfu.care.dementia;

import java.util.Set;

public record CognitiveUnitView(
        long id,
        long facilityId,
        String name,
        int carePlanners,
        Set<AntiWanderingMeasure> antiWanderingMeasures,
        Set<Long> roomIds,
        long version) {}
