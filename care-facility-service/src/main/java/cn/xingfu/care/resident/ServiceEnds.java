package cn.xingfu.care.resident;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Implemented by modules that hold service agreements with residents outside an institution stay (home-care
 * beds), so the retention rule sees every agreement without the resident module reading their tables.
 */
public interface ServiceEnds {

    /**
     * When the resident's last agreement with this module ended or will end (a date in the future while one is
     * in force), or empty if there was none.
     */
    Optional<LocalDate> lastServiceEnd(long residentId);
}
