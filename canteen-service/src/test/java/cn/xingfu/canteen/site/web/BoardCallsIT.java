package cn.xingfu.canteen.site.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.canteen.site.CanteenDirectory;
import cn.xingfu.canteen.site.SiteFixtures;
import cn.xingfu.canteen.support.StaffAccounts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;

/** How a canteen's pickup board calls numbers: defaults, the manager's change, and what is refused. */
@SpringBootTest
@AutoConfigureMockMvc
class BoardCallsIT {

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
