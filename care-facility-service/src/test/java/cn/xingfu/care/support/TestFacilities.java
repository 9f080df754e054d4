package cn.xingfu.care.support;

import cn.xingfu.care.facility.FacilityDetails;
import cn.xingfu.care.facility.FacilityDirectory;
import cn.xingfu.care.facility.FacilityType;
import cn.xingfu.care.shared.security.Actor;
import java.time.LocalDate;
import java.util.UUID;

/** Registers uniquely named facilities for a test. */
public final class TestFacilities {

    private TestFacilities() {}

    public static long register(FacilityDirectory directory, Actor admin, String prefix, LocalDate openedOn) {
        return directory
                .register(
                        admin,
                        new FacilityDetails(
                                FacilityType.INSTITUTION,
                                prefix + "-" + UUID.randomUUID().toString().substring(0, 8),
                                "江津区测试路1号",
                                "江津区",
                                "江津区民政局",
                                null,
                                null,
                                openedOn,
                                100,
                                null,
                                null))
                .id();
    }
}
