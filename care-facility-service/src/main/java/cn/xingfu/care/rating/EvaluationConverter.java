package cn.xingfu.care.rating;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/** Stores a self-assessment's evaluation as JSON text, exactly as it was computed. */
@Converter
class EvaluationConverter implements AttributeConverter<Evaluation, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Evaluation evaluation) {
        return evaluation == null ? null : JSON.writeValueAsString(evaluation);
    }

    @Override
    public @Nullable Evaluation convertToEntityAttribute(@Nullable String json) {
        return json == null ? null : JSON.readValue(json, Evaluation.class);
    }
}
