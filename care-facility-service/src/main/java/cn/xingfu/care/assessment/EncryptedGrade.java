package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.FieldCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** An ability grade says how far a resident is disabled (health data): its name is stored as an envelope. */
@Converter
class EncryptedGrade implements AttributeConverter<@Nullable AbilityGrade, @Nullable String> {

    private final FieldCipher cipher;

    EncryptedGrade(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable AbilityGrade attribute) {
        return attribute == null ? null : cipher.encrypt(attribute.name());
    }

    @Override
    public @Nullable AbilityGrade convertToEntityAttribute(@Nullable String column) {
        String plain = cipher.decrypt(column);
        return plain == null ? null : AbilityGrade.valueOf(plain);
    }
}
