package cn.xingfu.care.support;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** JSON helpers for MockMvc tests. */
public final class Json {

    public static final JsonMapper MAPPER =
            JsonMapper.builder().findAndAddModules().build();

    private Json() {}

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    public static JsonNode read(String json) {
        return MAPPER.readTree(json);
    }
}
