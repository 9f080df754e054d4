package cn.xingfu.kiosk.e2e;

import cn.xingfu.kiosk.scanning.QrImageDecoder;
import cn.xingfu.kiosk.simulation.ResidentIds;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;

/** Registers a senior of its own through the service's staff API, with money in the wallet and a printed card. */
final class DemoSeniors {

    static final String MANAGER = "manager01";
    static final String MANAGER_PASSWORD = "manager123";

    /** A senior with a card; the token is read back from the printed QR code, as a camera would. */
    record CardHolder(long seniorId, long cardId, String token) {}

    private DemoSeniors() {}

    static CardHolder register(RunningCanteenService service, long canteenId, String name) {
        LocalDate birth = LocalDate.of(
                1938 + ThreadLocalRandom.current().nextInt(8),
                1 + ThreadLocalRandom.current().nextInt(12),
                1 + ThreadLocalRandom.current().nextInt(28));
        Map<String, Object> senior = new LinkedHashMap<>();
        senior.put("name", name);
        senior.put("idNumber", idNumber(birth));
        senior.put("address", "珞璜镇碑亭社区测试路 " + ThreadLocalRandom.current().nextInt(1, 999) + " 号");
        senior.put("homeCanteenId", canteenId);
        JsonNode registered = service.call(MANAGER, MANAGER_PASSWORD, "POST", "/api/seniors", senior);
        long seniorId = registered
                .path("senior")
                .path("id")
                .asLong(registered.path("id").asLong());
        service.call(
                MANAGER,
                MANAGER_PASSWORD,
                "POST",
                "/api/seniors/" + seniorId + "/wallet/top-ups",
                Map.of("amount", 50, "note", "kiosk end-to-end test"));
        JsonNode card = service.call(MANAGER, MANAGER_PASSWORD, "POST", "/api/cards", Map.of("seniorId", seniorId));
        long cardId = card.path("id").asLong();
        byte[] png = service.bytes(MANAGER, MANAGER_PASSWORD, "/api/cards/" + cardId + "/qr.png");
        String token;
        try {
            token = new QrImageDecoder()
                    .decode(ImageIO.read(new ByteArrayInputStream(png)))
                    .orElseThrow(() -> new IllegalStateException("the printed QR code did not decode"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CardHolder(seniorId, cardId, token);
    }

    /** A resident ID number (GB 11643) of the Jiangjin district with a valid check digit. */
    static String idNumber(LocalDate birth) {
        return ResidentIds.jiangjin(birth);
    }
}
