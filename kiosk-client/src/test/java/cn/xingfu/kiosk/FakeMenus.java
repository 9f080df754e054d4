package cn.xingfu.kiosk;

import cn.xingfu.kiosk.canteen.Json;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A long lunch menu for the stand-in service: dishes with long names, several allergens and long dietary warnings
 * (the text that must fit its tile in both languages), every other one with a picture.
 */
public final class FakeMenus {

    private static final String[][] NAMES = {
        {"回锅肉", "Twice-cooked pork"},
        {"清蒸鲈鱼配葱姜豉油汁", "Steamed sea bass with spring onion, ginger and soy sauce"},
        {"番茄炒蛋", "Tomato and egg stir-fry"},
        {"虾仁豆腐", "Shrimp with tofu"},
        {"白米饭", "Steamed rice"},
        {"蒸蛋羹（软）", "Soft steamed egg custard"},
        {"紫菜蛋花汤", "Seaweed and egg soup"},
        {"芝麻花生糊", "Sesame and peanut porridge"},
        {"土豆丝", "Shredded potato"},
        {"豆花饭", "Tofu pudding with rice"}
    };

    private FakeMenus() {}

    public static long id(int index) {
        return 5000 + index;
    }

    public static ArrayNode items(int count) {
        ArrayNode items = Json.mapper().createArrayNode();
        for (int i = 0; i < count; i++) {
            String[] name = NAMES[i % NAMES.length];
            ObjectNode item = items.addObject();
            item.put("menuItemId", id(i));
            item.put("name", name[0] + (i >= NAMES.length ? "（" + (i / NAMES.length + 1) + "）" : ""));
            item.put("nameEn", name[1] + (i >= NAMES.length ? " (" + (i / NAMES.length + 1) + ")" : ""));
            item.put("category", "荤菜");
            item.put("price", 10 + i % 7);
            item.put("estimatedSelfPay", 7 + i % 7);
            item.put("portionsLeft", 20 + i);
            item.put("soldOut", false);
            item.put("texture", "NORMAL");
            ArrayNode allergens = item.putArray("allergens");
            ArrayNode warnings = item.putArray("warnings");
            item.putArray("dietaryTags");
            if (i % 3 == 1) {
                allergens.add("FISH").add("SOY").add("WHEAT");
                warning(
                        warnings,
                        "TEXTURE_TOO_FIRM",
                        "此菜偏硬，有小刺，不适合您的软食需要，请慢慢吃或请工作人员帮忙挑刺",
                        "Too firm for your soft-food need and has small bones: eat slowly or ask staff to take them out");
                warning(warnings, "HIGH_SALT", "此菜偏咸，不适合您的低盐饮食", "Too salty for your low-salt diet");
            } else if (i % 3 == 2) {
                allergens.add("EGG").add("MILK").add("SESAME").add("PEANUT");
                warning(warnings, "HIGH_SUGAR", "此菜含糖较多，糖尿病老人请少吃", "Rather sweet: go easy on it with diabetes");
            }
            if (i % 2 == 0) {
                item.put("pictureUrl", "/pictures/" + id(i) + ".png?v=1");
            }
        }
        return items;
    }

    private static void warning(ArrayNode warnings, String code, String zh, String en) {
        warnings.addObject()
                .put("code", code)
                .put("messageZh", zh)
                .put("messageEn", en)
                .put("blocking", false);
    }

    /** A small picture, a colour per dish, so a wrong picture in a tile would show. */
    public static byte[] picture(String path) {
        BufferedImage image = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC0, 0x50 + Math.abs(path.hashCode()) % 0x80, 0x30));
        g.fillRect(0, 0, 320, 240);
        g.setColor(new Color(0xF5, 0xF0, 0xE6));
        g.fillOval(60, 60, 200, 120);
        g.dispose();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
