package cn.xingfu.canteen.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The kiosk tests against the same files (docs/api/examples); a change on either side breaks a test. */
class CardContractTests {

    private static final Path EXAMPLES = Path.of("..", "docs", "api", "examples");
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void keysResponseHasTheShapeTheKioskReads() throws Exception {
        JsonNode example = json.readTree(Files.readString(EXAMPLES.resolve("card-keys.json")));
        JsonNode key = example.get("keys").get(0);
        CardSigningKey ours = new CardSigningKey(
                key.get("keyId").asString(),
                key.get("algorithm").asString(),
                key.get("publicKey").asString(),
                key.get("active").asBoolean());
        // CardController answers with a record of one component "keys"; a map serialises the same way
        assertThat(json.readTree(json.writeValueAsString(Map.of("keys", List.of(ours)))))
                .isEqualTo(example);
    }

    @Test
    void theExampleOrderTokenVerifiesWithTheExampleKey() throws Exception {
        String publicKey = json.readTree(Files.readString(EXAMPLES.resolve("card-keys.json")))
                .get("keys")
                .get(0)
                .get("publicKey")
                .asString();
        String token = json.readTree(Files.readString(EXAMPLES.resolve("order-request.json")))
                .get("cardToken")
                .asString();
        CardToken parsed = CardToken.parse(token);
        assertThat(parsed.signedBy(CardKeyRing.publicKey(Base64.getDecoder().decode(publicKey))))
                .isTrue();
        assertThat(parsed.cardId()).isEqualTo(123);
        assertThat(parsed.version()).isEqualTo(1);
        assertThat(parsed.homeCanteenId()).isEqualTo(1);
    }
}
