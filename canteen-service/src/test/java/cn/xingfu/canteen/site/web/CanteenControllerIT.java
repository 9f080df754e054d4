package cn.xingfu.canteen.site.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.MealPeriod;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.canteen.support.StaffAccounts;
import cn.xingfu.kernel.Ids;
import java.time.LocalTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
class CanteenControllerIT {

    private static final String LATER_LUNCH = """
            {"serveFrom":"11:30","serveUntil":"13:30","dineInCutoff":"13:00","takeawayCutoff":"13:00","deliveryCutoff":"09:30"}
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    CanteenDirectory directory;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    StaffAccounts staff;
    long canteen;

    @BeforeEach
    void setUp() {
        staff = new StaffAccounts(accounts, encoder);
        canteen = SiteFixtures.aCanteen(directory).id();
    }

    @Test
    void listsAndShowsCanteensToSignedInAccounts() throws Exception {
        var kiosk = staff.login(Role.KIOSK, canteen);
        mvc.perform(get("/api/canteens").with(kiosk)).andExpect(status().isOk());
        mvc.perform(get("/api/canteens/{id}", canteen).with(kiosk))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.districtCode").value("500116"))
                .andExpect(jsonPath("$.meals[1].deliveryCutoff").value("10:00:00"));
    }

    @Test
    void refusesAnonymousCallers() throws Exception {
        mvc.perform(get("/api/canteens")).andExpect(status().isUnauthorized());
    }

    @Test
    void namesAnUnknownCanteen() throws Exception {
        mvc.perform(get("/api/canteens/{id}", Ids.next()).with(staff.login(Role.DISTRICT_ADMIN, null)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CANTEEN_NOT_FOUND"));
    }

    @Test
    void theCanteensManagerChangesAMealWindow() throws Exception {
        mvc.perform(put("/api/canteens/{id}/meals/{p}", canteen, "LUNCH")
                        .with(staff.login(Role.CANTEEN_MANAGER, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LATER_LUNCH))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.meals[1].serveFrom").value("11:30:00"));
        assertThat(directory.window(canteen, MealPeriod.LUNCH).deliveryCutoff()).isEqualTo(LocalTime.of(9, 30));
    }

    @Test
    void staffAndOtherCanteensManagersMayNotChangeMealWindows() throws Exception {
        mvc.perform(put("/api/canteens/{id}/meals/{p}", canteen, "LUNCH")
                        .with(staff.login(Role.CANTEEN_STAFF, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LATER_LUNCH))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MANAGER_ONLY"));
        long other = SiteFixtures.aCanteen(directory).id();
        mvc.perform(put("/api/canteens/{id}/meals/{p}", canteen, "LUNCH")
                        .with(staff.login(Role.CANTEEN_MANAGER, other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LATER_LUNCH))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        assertThat(directory.window(canteen, MealPeriod.LUNCH).serveFrom()).isEqualTo(LocalTime.of(11, 0));
    }

    @Test
    void invalidWindowsChangeNothing() throws Exception {
        var admin = staff.login(Role.DISTRICT_ADMIN, null);
        mvc.perform(put("/api/canteens/{id}/meals/{p}", canteen, "DINNER")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"serveFrom":"19:00","serveUntil":"17:00","dineInCutoff":"16:00","takeawayCutoff":"16:00","deliveryCutoff":"15:00"}
                                """))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("INVALID_MEAL_WINDOW"));
        mvc.perform(put("/api/canteens/{id}/meals/{p}", canteen, "DINNER")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"serveFrom\":\"17:00\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("VALIDATION_FAILED"));
        mvc.perform(put("/api/canteens/{id}/meals/{p}", canteen, "SUPPER")
                        .with(admin)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(LATER_LUNCH))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD_PARAMETER"));
        assertThat(directory.window(canteen, MealPeriod.DINNER).serveFrom()).isEqualTo(LocalTime.of(17, 0));
    }

    // how the pickup board calls numbers: defaults, the manager's change, and what is refused

    @Test
    void aCanteenCallsEveryNumberTwiceUntilItsManagerChangesThat() throws Exception {
        var counter = staff.login(Role.CANTEEN_STAFF, canteen);
        mvc.perform(get("/api/canteens/{id}/board-calls", canteen).with(counter))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.announce").value(true))
                .andExpect(jsonPath("$.repeat").value(2));
        mvc.perform(put("/api/canteens/{id}/board-calls", canteen)
                        .with(staff.login(Role.CANTEEN_MANAGER, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"announce\":true,\"voice\":\" Ting-Ting \",\"repeat\":3}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.voice").value("Ting-Ting"));
        mvc.perform(put("/api/canteens/{id}/board-calls", canteen)
                        .with(staff.login(Role.CANTEEN_MANAGER, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"announce\":false,\"voice\":\"Ting-Ting\",\"repeat\":1}"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/canteens/{id}/board-calls", canteen).with(counter))
                .andExpect(jsonPath("$.announce").value(false))
                .andExpect(jsonPath("$.voice").value("Ting-Ting"))
                .andExpect(jsonPath("$.repeat").value(1));
    }

    @Test
    void counterStaffAnotherCanteenAndBadValuesChangeNothing() throws Exception {
        String body = "{\"announce\":false,\"voice\":\"\",\"repeat\":1}";
        mvc.perform(put("/api/canteens/{id}/board-calls", canteen)
                        .with(staff.login(Role.CANTEEN_STAFF, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MANAGER_ONLY"));
        long other = SiteFixtures.aCanteen(directory).id();
        mvc.perform(put("/api/canteens/{id}/board-calls", canteen)
                        .with(staff.login(Role.CANTEEN_MANAGER, other))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        mvc.perform(put("/api/canteens/{id}/board-calls", canteen)
                        .with(staff.login(Role.CANTEEN_MANAGER, canteen))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"announce\":false,\"voice\":\"\",\"repeat\":5}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/canteens/{id}/board-calls", canteen).with(staff.login(Role.CANTEEN_STAFF, canteen)))
                .andExpect(jsonPath("$.announce").value(true))
                .andExpect(jsonPath("$.repeat").value(2));
    }
}
