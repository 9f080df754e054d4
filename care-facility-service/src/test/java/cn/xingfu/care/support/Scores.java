package cn.xingfu.care.support;

import cn.xingfu.care.assessment.AbilityItem;
import java.util.LinkedHashMap;
import java.util.Map;

/** Assessment forms for tests: 26 valid item scores adding up to a wanted total. */
public final class Scores {

    private Scores() {}

    /** Fills items in declaration order up to their maxima until {@code total} is reached. */
    public static Map<String, Integer> summing(int total) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        int left = total;
        for (AbilityItem item : AbilityItem.values()) {
            int score = Math.min(item.max(), left);
            scores.put(item.name(), score);
            left -= score;
        }
        if (left != 0) {
            throw new IllegalArgumentException("total above 90: " + total);
        }
        return scores;
    }

    public static Map<String, Object> form(String assessedOn, int total) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("assessedOn", assessedOn);
        form.put("reason", "FIRST");
        form.put("firstAssessor", "李医生");
        form.put("secondAssessor", "张护士");
        form.put("scores", summing(total));
        return form;
    }
}
