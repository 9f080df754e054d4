package cn.xingfu.canteen.card;

import static cn.xingfu.canteen.senior.SeniorFixtures.basic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.canteen.senior.Lifecycle;
import cn.xingfu.canteen.senior.SeniorFixtures;
import cn.xingfu.canteen.senior.SeniorRegistry;
import cn.xingfu.canteen.shared.crypto.DataCipher;
import cn.xingfu.canteen.shared.security.Account;
import cn.xingfu.canteen.shared.security.Accounts;
import cn.xingfu.canteen.shared.security.Actor;
import cn.xingfu.canteen.shared.security.Role;
import cn.xingfu.kernel.DomainException;
import cn.xingfu.kernel.Ids;
import com.jayway.jsonpath.JsonPath;
import com.lowagie.text.pdf.PdfReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.transaction.support.TransactionTemplate;

@SpringBootTest
@AutoConfigureMockMvc
class CardApiIT {

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SeniorRegistry registry;

    @Autowired
    CardVerification verification;

    @Autowired
    CardManagement management;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataCipher cipher;

    @Autowired
    VerifiedTokens verifiedTokens;

    long canteenA;
    long canteenB;
    String managerA;
    String managerB;
    String staffA;
    String staffB;
    String kioskA;
    String admin;
    long seniorId;

    @BeforeEach
    void setUp() {
        canteenA = Ids.next();
        canteenB = Ids.next();
        managerA = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteenA);
        managerB = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_MANAGER, canteenB);
        staffA = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteenA);
        staffB = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteenB);
        kioskA = SeniorFixtures.login(accounts, encoder, Role.KIOSK, canteenA);
        admin = SeniorFixtures.login(accounts, encoder, Role.DISTRICT_ADMIN, null);
        seniorId = registry.register(SeniorFixtures.registration("张三丰", canteenA), adminActor())
                .senior()
                .id();
    }

    @Test
    void issuesACardThatScansByQrAndByManualCode() throws Exception {
        String card = issue(managerA, seniorId)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.status").value("ACTIVE"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long cardId = id(card);
        String token = JsonPath.read(card, "$.token");
        String code = JsonPath.read(card, "$.manualCode");
        assertThat(token).startsWith("XF1.");
        assertThat(code).matches("[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{8}");

        String scan = scan(kioskA, "{\"qr\":\"" + token + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardId").value(cardId))
                .andExpect(jsonPath("$.seniorId").value(seniorId))
                .andExpect(jsonPath("$.maskedName").value("张*丰"))
                .andExpect(jsonPath("$.homeCanteenId").value(canteenA))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        long scanId = ((Number) JsonPath.read(scan, "$.scanId")).longValue();
        Map<String, Object> row = jdbc.queryForMap("select * from card_scan where id = ?", scanId);
        assertThat(row.get("outcome")).isEqualTo("OK");
        assertThat(row.get("method")).isEqualTo("QR");
        assertThat(((Number) row.get("kiosk_id")).longValue())
                .isEqualTo(accounts.findByUsername(kioskA).orElseThrow().getId());
        assertThat(((Number) row.get("card_id")).longValue()).isEqualTo(cardId);
        assertThat(((Number) row.get("canteen_id")).longValue()).isEqualTo(canteenA);

        String lowerDashed =
                code.substring(0, 4).toLowerCase() + "-" + code.substring(4).toLowerCase();
        String byCode = scan(staffA, "{\"manualCode\":\"" + lowerDashed + "\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cardId").value(cardId))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        Map<String, Object> manualRow = jdbc.queryForMap(
                "select * from card_scan where id = ?", ((Number) JsonPath.read(byCode, "$.scanId")).longValue());
        assertThat(manualRow.get("method")).isEqualTo("MANUAL_CODE");
        assertThat(manualRow.get("kiosk_id")).isNull();
        assertThat(manualRow.get("actor_username")).isEqualTo(staffA);

        mvc.perform(get("/api/seniors/{id}/card", seniorId).with(basic(managerA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(cardId));
        issue(managerA, seniorId)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("CARD_ALREADY_ISSUED"));
        assertThat(cardsOf(seniorId)).isEqualTo(1);
    }

    @Test
    void refusesForgedTokensAndUnknownKeysAndLogsTheAttempt() throws Exception {
        String token = JsonPath.read(issueOk(managerA, seniorId), "$.token");
        String[] parts = token.split("\\.");
        char c = parts[3].charAt(5);
        String badSignature = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3].substring(0, 5)
                + (c == 'A' ? 'B' : 'A') + parts[3].substring(6);
        String unknownKid = parts[0] + ".zz9." + parts[2] + "." + parts[3];
        String otherCard = parts[0] + "." + parts[1] + "."
                + Base64.getUrlEncoder()
                        .withoutPadding()
                        .encodeToString(("{\"c\":" + Ids.next() + ",\"v\":1,\"h\":" + canteenA + "}")
                                .getBytes(StandardCharsets.UTF_8))
                + "." + parts[3];
        long before = failures(kioskA, "CARD_FORGED");
        for (String forged : List.of(badSignature, unknownKid, otherCard, "not a card")) {
            scan(kioskA, "{\"qr\":\"" + forged + "\"}")
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                    .andExpect(jsonPath("$.code").value("CARD_FORGED"));
        }
        assertThat(failures(kioskA, "CARD_FORGED")).isEqualTo(before + 4);
        assertThat(okScans(seniorId)).isZero();
    }

    @Test
    void aReissuedCardSupersedesTheOldOneAtOnce() throws Exception {
        String first = issueOk(managerA, seniorId);
        long firstId = id(first);
        String reissued = mvc.perform(post("/api/cards/{id}/reissue", firstId).with(basic(managerA)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(id(reissued)).isNotEqualTo(firstId);
        scan(kioskA, "{\"qr\":\"" + JsonPath.read(first, "$.token") + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CARD_SUPERSEDED"));
        scan(staffA, "{\"manualCode\":\"" + JsonPath.read(first, "$.manualCode") + "\"}")
                .andExpect(jsonPath("$.code").value("CARD_SUPERSEDED"));
        scan(kioskA, "{\"qr\":\"" + JsonPath.read(reissued, "$.token") + "\"}").andExpect(status().isOk());
        mvc.perform(get("/api/cards/{id}", firstId).with(basic(managerA)))
                .andExpect(jsonPath("$.status").value("SUPERSEDED"))
                .andExpect(jsonPath("$.supersededBy").value(id(reissued)))
                .andExpect(jsonPath("$.token").doesNotExist());
        mvc.perform(post("/api/cards/{id}/reissue", firstId).with(basic(managerA)))
                .andExpect(jsonPath("$.code").value("CARD_SUPERSEDED"));
        assertThat(cardsOf(seniorId)).isEqualTo(2);
        assertThat(jdbc.queryForObject(
                        "select count(*) from card_scan where card_id = ? and outcome = 'CARD_SUPERSEDED'",
                        Long.class,
                        firstId))
                .isEqualTo(2);
    }

    @Test
    void blockedCardsAreRefusedUntilUnblocked() throws Exception {
        String card = issueOk(managerA, seniorId);
        long cardId = id(card);
        String token = JsonPath.read(card, "$.token");
        mvc.perform(post("/api/cards/{id}/block", cardId)
                        .with(basic(managerB))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        scan(kioskA, "{\"qr\":\"" + token + "\"}").andExpect(status().isOk());
        mvc.perform(post("/api/cards/{id}/block", cardId)
                        .with(basic(managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"老人报失\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("BLOCKED"));
        scan(kioskA, "{\"qr\":\"" + token + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CARD_BLOCKED"));
        mvc.perform(post("/api/cards/{id}/block", cardId)
                        .with(basic(managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"again\"}"))
                .andExpect(status().isConflict());
        mvc.perform(post("/api/cards/{id}/unblock", cardId).with(basic(managerA)))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        scan(kioskA, "{\"qr\":\"" + token + "\"}").andExpect(status().isOk());
    }

    @Test
    void aRememberedSignatureNeverLetsABlockedReissuedOrForgedCardThrough() throws Exception {
        String card = issueOk(managerA, seniorId);
        long cardId = id(card);
        String token = JsonPath.read(card, "$.token");
        ScanContext kiosk = new ScanContext(actor(kioskA), canteenA);
        verification.verify(token, kiosk);
        long remembered = verifiedTokens.size();
        assertThat(verification.verify(token, kiosk).cardId()).isEqualTo(cardId);
        assertThat(verifiedTokens.size()).isEqualTo(remembered);

        // blocked by another instance, straight in the shared database: refused on the very next scan
        jdbc.update("update card set status = 'BLOCKED' where id = ?", cardId);
        assertThatThrownBy(() -> verification.verify(token, kiosk)).hasMessageContaining("CARD_BLOCKED");
        jdbc.update("update card set status = 'ACTIVE' where id = ?", cardId);
        assertThat(verification.verify(token, kiosk).cardId()).isEqualTo(cardId);

        // a tampered copy of a remembered token is still checked in full
        String[] parts = token.split("\\.");
        char c = parts[3].charAt(7);
        String tampered = parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3].substring(0, 7)
                + (c == 'A' ? 'B' : 'A') + parts[3].substring(8);
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> verification.verify(tampered, kiosk)).hasMessageContaining("CARD_FORGED");
        }

        String reissued = JsonPath.read(
                mvc.perform(post("/api/cards/{id}/reissue", cardId).with(basic(managerA)))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8),
                "$.token");
        assertThatThrownBy(() -> verification.verify(token, kiosk)).hasMessageContaining("CARD_SUPERSEDED");
        assertThat(verification.verify(reissued, kiosk).version()).isEqualTo(2);
    }

    @Test
    void cardsWorkOnlyAtTheirCanteensAndOnlyForActiveSeniors() throws Exception {
        String card = issueOk(managerA, seniorId);
        String token = JsonPath.read(card, "$.token");
        scan(staffB, "{\"qr\":\"" + token + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("CARD_OUT_OF_SCOPE"));
        assertThatThrownBy(() -> verification.verify(token, new ScanContext(actor(kioskA), canteenB)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("OUT_OF_CANTEEN_SCOPE");
        long refused = failures(kioskA, "OUT_OF_CANTEEN_SCOPE");
        scan(kioskA, "{\"qr\":\"" + token + "\",\"canteenId\":" + canteenB + "}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        assertThat(failures(kioskA, "OUT_OF_CANTEEN_SCOPE")).isEqualTo(refused + 1);
        scan(admin, "{\"qr\":\"" + token + "\"}").andExpect(jsonPath("$.code").value("CANTEEN_REQUIRED"));
        scan(admin, "{\"qr\":\"" + token + "\",\"canteenId\":" + canteenB + "}")
                .andExpect(jsonPath("$.code").value("CARD_OUT_OF_SCOPE"));

        // a district administrator may widen a card's scope to a second canteen
        long other = registry.register(SeniorFixtures.registration("李四", canteenA), adminActor())
                .senior()
                .id();
        issue(managerA, other, canteenB)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("CARD_SCOPE_ADMIN_ONLY"));
        String wide = issue(admin, other, canteenB)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        scan(staffB, "{\"qr\":\"" + JsonPath.read(wide, "$.token") + "\"}").andExpect(status().isOk());

        registry.changeLifecycle(seniorId, Lifecycle.PAUSED, "住院", adminActor());
        scan(kioskA, "{\"qr\":\"" + token + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("SENIOR_NOT_ACTIVE"));
        assertThat(okScans(seniorId)).isZero();
    }

    @Test
    void unknownIdsCodesAndBadRequestsChangeNothing() throws Exception {
        long unknown = Ids.next();
        mvc.perform(get("/api/cards/{id}", unknown).with(basic(managerA)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("CARD_NOT_FOUND"));
        mvc.perform(post("/api/cards/{id}/block", unknown)
                        .with(basic(managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"x\"}"))
                .andExpect(jsonPath("$.code").value("CARD_NOT_FOUND"));
        mvc.perform(get("/api/seniors/{id}/card", seniorId).with(basic(managerA)))
                .andExpect(jsonPath("$.code").value("CARD_NOT_FOUND"));
        issue(managerA, unknown)
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("SENIOR_NOT_FOUND"));
        issue(staffA, seniorId)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MANAGER_ONLY"));
        issue(managerB, seniorId)
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("OUT_OF_CANTEEN_SCOPE"));
        mvc.perform(post("/api/cards")
                        .with(basic(managerA))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"seniorId\":"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        assertThat(cardsOf(seniorId)).isZero();

        long before = failures(staffA, "MANUAL_CODE_UNKNOWN");
        scan(staffA, "{\"manualCode\":\"ZZZZ-ZZZZ\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MANUAL_CODE_UNKNOWN"));
        scan(staffA, "{\"manualCode\":\"0000\"}").andExpect(jsonPath("$.code").value("MANUAL_CODE_UNKNOWN"));
        assertThat(failures(staffA, "MANUAL_CODE_UNKNOWN")).isEqualTo(before + 2);
        scan(staffA, "{\"qr\":\"XF1.a.b.c\",\"manualCode\":\"ABCDEFGH\"}")
                .andExpect(jsonPath("$.code").value("SCAN_INPUT_INVALID"));
        scan(staffA, "{\"qr\": 12,").andExpect(jsonPath("$.code").value("MALFORMED_REQUEST"));
        String volunteer = SeniorFixtures.login(accounts, encoder, Role.VOLUNTEER, canteenA);
        scan(volunteer, "{\"manualCode\":\"ABCDEFGH\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("STAFF_ONLY"));
    }

    @Test
    void throttlesGuessingOfManualCodes() throws Exception {
        String code = JsonPath.read(issueOk(managerA, seniorId), "$.manualCode");
        String guesser = SeniorFixtures.login(accounts, encoder, Role.CANTEEN_STAFF, canteenA);
        for (int i = 0; i < CardVerification.MAX_FAILED_MANUAL_ATTEMPTS; i++) {
            scan(guesser, "{\"manualCode\":\"ZZZZ-ZZZZ\"}")
                    .andExpect(jsonPath("$.code").value("MANUAL_CODE_UNKNOWN"));
        }
        scan(guesser, "{\"manualCode\":\"" + code + "\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MANUAL_CODE_ATTEMPTS_EXCEEDED"));
        scan(staffA, "{\"manualCode\":\"" + code + "\"}").andExpect(status().isOk());
    }

    @Test
    void aSuccessfulScanCommitsWithTheCallerAndAFailedOneIsKeptAnyway() throws Exception {
        String card = issueOk(managerA, seniorId);
        String token = JsonPath.read(card, "$.token");
        ScanContext ctx = new ScanContext(actor(kioskA), canteenA);
        long scanId = transactions.execute(tx -> {
            long id = verification.verify(token, ctx).scanId();
            tx.setRollbackOnly();
            return id;
        });
        assertThat(jdbc.queryForObject("select count(*) from card_scan where id = ?", Long.class, scanId))
                .isZero();

        management.block(id(card), "测试", adminActor());
        long before = failures(kioskA, "CARD_BLOCKED");
        transactions.executeWithoutResult(tx -> {
            assertThatThrownBy(() -> verification.verify(token, ctx)).hasMessageContaining("CARD_BLOCKED");
            tx.setRollbackOnly();
        });
        assertThat(failures(kioskA, "CARD_BLOCKED")).isEqualTo(before + 1);
    }

    @Test
    void publishesKeysThatVerifyTheTokensAndKeepsThePrivateKeyEncrypted() throws Exception {
        String token = JsonPath.read(issueOk(managerA, seniorId), "$.token");
        String keys = mvc.perform(get("/api/cards/keys").with(basic(kioskA)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.keys[?(@.active == true)].algorithm").value("Ed25519"))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        CardToken parsed = CardToken.parse(token);
        List<String> published = JsonPath.read(keys, "$.keys[?(@.keyId == '" + parsed.keyId() + "')].publicKey");
        assertThat(published).hasSize(1);
        assertThat(parsed.signedBy(CardKeyRing.publicKey(Base64.getDecoder().decode(published.get(0)))))
                .isTrue();

        byte[] stored = jdbc.queryForObject(
                "select private_key_enc from card_signing_key where key_id = ?", byte[].class, parsed.keyId());
        byte[] pkcs8 = cipher.decrypt(stored);
        assertThat(new String(stored, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(pkcs8, StandardCharsets.ISO_8859_1));
        assertThat(CardKeyRing.encode(CardKeyRing.publicKeyOf(CardKeyRing.privateKey(pkcs8))))
                .isEqualTo(published.get(0));
        mvc.perform(get("/api/cards/keys")).andExpect(status().isUnauthorized());
    }

    @Test
    void rotationKeepsOldCardsValid() throws Exception {
        String oldToken = JsonPath.read(issueOk(managerA, seniorId), "$.token");
        mvc.perform(post("/api/cards/keys/rotate").with(basic(managerA))).andExpect(status().isForbidden());
        String rotated = mvc.perform(post("/api/cards/keys/rotate").with(basic(admin)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        String newKid = JsonPath.read(rotated, "$.keyId");
        assertThat(newKid).isNotEqualTo(CardToken.parse(oldToken).keyId());
        scan(kioskA, "{\"qr\":\"" + oldToken + "\"}").andExpect(status().isOk());
        long other = registry.register(SeniorFixtures.registration("王五", canteenA), adminActor())
                .senior()
                .id();
        String newToken = JsonPath.read(issueOk(managerA, other), "$.token");
        assertThat(CardToken.parse(newToken).keyId()).isEqualTo(newKid);
        scan(kioskA, "{\"qr\":\"" + newToken + "\"}").andExpect(status().isOk());
    }

    @Test
    void rendersTheQrCodeAndAPrintableSheet() throws Exception {
        String card = issueOk(managerA, seniorId);
        long other = registry.register(SeniorFixtures.registration("赵六", canteenA), adminActor())
                .senior()
                .id();
        issueOk(managerA, other);
        byte[] png = mvc.perform(get("/api/cards/{id}/qr.png", id(card)).with(basic(managerA)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(CardRenderingTests.decode(png)).isEqualTo(JsonPath.read(card, "$.token"));
        mvc.perform(get("/api/cards/{id}/qr.png", id(card)).with(basic(managerB)))
                .andExpect(status().isForbidden());

        byte[] pdf = mvc.perform(get("/api/cards/sheet.pdf")
                        .param("canteenId", String.valueOf(canteenA))
                        .with(basic(managerA)))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        PdfReader reader = new PdfReader(pdf);
        assertThat(reader.getNumberOfPages()).isEqualTo(1);
        String text = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
        assertThat(text)
                .contains((String) JsonPath.read(card, "$.printedManualCode"))
                .contains("张三丰")
                .contains("赵六");
        reader.close();
        mvc.perform(get("/api/cards/sheet.pdf")
                        .param("canteenId", String.valueOf(canteenA))
                        .with(basic(managerB)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cards/sheet.pdf")
                        .param("cardIds", String.valueOf(id(card)))
                        .with(basic(managerB)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/cards/sheet.pdf").with(basic(managerA)))
                .andExpect(jsonPath("$.code").value("SHEET_SELECTION_REQUIRED"));
    }

    private ResultActions issue(String login, long senior, long... extraCanteens) throws Exception {
        String extra = extraCanteens.length == 0 ? "" : ",\"extraCanteenIds\":[" + extraCanteens[0] + "]";
        return mvc.perform(post("/api/cards")
                .with(basic(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"seniorId\":" + senior + extra + "}"));
    }

    private String issueOk(String login, long senior) throws Exception {
        return issue(login, senior)
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    private ResultActions scan(String login, String json) throws Exception {
        return mvc.perform(post("/api/cards/scan")
                .with(basic(login))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    private long failures(String login, String outcome) {
        return jdbc.queryForObject(
                "select count(*) from card_scan where actor_username = ? and outcome = ?", Long.class, login, outcome);
    }

    private long okScans(long senior) {
        return jdbc.queryForObject(
                "select count(*) from card_scan where senior_id = ? and outcome = 'OK'", Long.class, senior);
    }

    private long cardsOf(long senior) {
        return jdbc.queryForObject("select count(*) from card where senior_id = ?", Long.class, senior);
    }

    private static long id(String json) {
        return ((Number) JsonPath.read(json, "$.id")).longValue();
    }

    private Actor actor(String username) {
        Account account = accounts.findByUsername(username).orElseThrow();
        return account.toActor();
    }

    private static Actor adminActor() {
        return new Actor(0, "test-admin", Role.DISTRICT_ADMIN, null);
    }
}
