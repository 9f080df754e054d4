package cn.xingfu.care.shared.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.xingfu.care.facility.FacilityView;
import cn.xingfu.care.resident.ResidentView;
import cn.xingfu.care.support.CareFixtures;
import cn.xingfu.care.support.CareIntegrationTest;
import cn.xingfu.care.support.Json;
import cn.xingfu.care.support.Scores;
import cn.xingfu.care.support.TestAccounts;
import cn.xingfu.care.support.TestClock;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rotation on the shared test schema: everything is moved to a new key and then back, so the other tests of
 * the run (which know only the development key) find the data as they left it.
 */
@CareIntegrationTest
class KeyRotationIT {

    static final String NEW_KEY =
            Base64.getEncoder().encodeToString("xingfu-care-rotation-test-key-32".getBytes(StandardCharsets.US_ASCII));

    @Autowired
    FieldCipher devCipher;

    @Autowired
    CareFixtures fixtures;

    @Autowired
    List<EncryptedColumns> tables;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    CryptoProperties properties;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestAccounts accounts;

    @Test
    void aNewActiveKeyRewritesEveryOldValueInBatchesWhileReadsAcceptBothKeys() throws Exception {
        FacilityView facility = fixtures.facility();
        ResidentView resident = fixtures.resident(facility.id(), LocalDate.of(1944, 4, 4));
        fixtures.resident(facility.id(), LocalDate.of(1945, 5, 5));
        fixtures.resident(facility.id(), LocalDate.of(1946, 6, 6));
        // an assessment: its item scores sit in a table keyed by (assessment_id, item_code)
        long assessment = mvc.perform(post("/api/residents/{id}/assessments", resident.id())
                        .with(accounts.manager(facility.id()).basic())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Json.write(
                                Scores.form(LocalDate.now(TestClock.CHINA).toString(), 40))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString()
                .transform(body -> Json.read(body).get("id").asLong());
        String itemBefore = rawItemScore(assessment);
        assertThat(itemBefore).startsWith("xf1:dev1:");
        String before = rawIdNumber(resident.id());
        assertThat(before).startsWith("xf1:dev1:");
        String plainIdNumber = devCipher.decrypt(before);

        Map<String, String> bothKeys = Map.of("dev1", properties.keys().get("dev1"), "k2", NEW_KEY);
        FieldCipher toK2 = new FieldCipher(bothKeys, "k2", properties.indexKey());
        FieldCipher backToDev = new FieldCipher(bothKeys, "dev1", properties.indexKey());
        KeyRotationJob rotation = job(toK2, 3);
        try {
            assertThat(rotation.pending()).isPositive();
            int rewritten = rotation.rotateAll();

            assertThat(rewritten).isGreaterThanOrEqualTo(6); // ID numbers and notes of three residents, in batches of 3
            assertThat(rotation.pending()).isZero();
            String after = rawIdNumber(resident.id());
            assertThat(after).startsWith("xf1:k2:").isNotEqualTo(before);
            assertThat(toK2.decrypt(after)).isEqualTo(plainIdNumber);
            assertThat(backToDev.decrypt(after)).isEqualTo(plainIdNumber); // reads accept every configured key
            assertThatThrownBy(() -> devCipher.decrypt(after))
                    .isInstanceOf(FieldDecryptionException.class)
                    .hasMessageContaining("key id 'k2'");
            // the blind index does not depend on the data key: lookups and the unique key keep working
            String itemAfter = rawItemScore(assessment);
            assertThat(itemAfter).startsWith("xf1:k2:");
            assertThat(toK2.decrypt(itemAfter)).isEqualTo(devCipher.decrypt(itemBefore));
            assertThat(rawIndex(resident.id()))
                    .isEqualTo(toK2.blindIndex(IdNumberIndex.RESIDENT, plainIdNumber))
                    .isEqualTo(devCipher.blindIndex(IdNumberIndex.RESIDENT, plainIdNumber));
        } finally {
            job(backToDev, 200).rotateAll();
        }
        assertThat(job(backToDev, 200).pending()).isZero();
        assertThat(devCipher.decrypt(rawIdNumber(resident.id()))).isEqualTo(plainIdNumber);
        assertThat(devCipher.decrypt(rawItemScore(assessment))).isEqualTo(devCipher.decrypt(itemBefore));
    }

    String rawItemScore(long assessmentId) {
        return jdbc.sql("SELECT score FROM assessment_item WHERE assessment_id = ? AND item_code = 'EATING'")
                .param(assessmentId)
                .query(String.class)
                .single();
    }

    KeyRotationJob job(FieldCipher cipher, int batch) {
        return new KeyRotationJob(cipher, tables, jdbc, transactions, new CryptoProperties(Map.of(), "", "", batch));
    }

    String rawIdNumber(long residentId) {
        return jdbc.sql("SELECT id_number FROM resident WHERE id = ?")
                .param(residentId)
                .query(String.class)
                .single();
    }

    String rawIndex(long residentId) {
        return jdbc.sql("SELECT id_number_index FROM resident WHERE id = ?")
                .param(residentId)
                .query(String.class)
                .single();
    }
}
