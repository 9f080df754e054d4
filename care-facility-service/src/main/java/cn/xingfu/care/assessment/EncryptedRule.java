package cn.xingfu.care.assessment;

import cn.xingfu.care.shared.crypto.FieldCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** The rule that raised a grade says why (a dementia or psychiatric diagnosis, falls): stored as an envelope. */
@Converter
class EncryptedRule implements AttributeConverter<Adjustment.@Nullable Rule, @Nullable String> {

    private final FieldCipher cipher;

    EncryptedRule(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(Adjustment.@Nullable Rule attribute) {
        return attribute == null ? null : cipher.encrypt(attribute.name());
    }

    @Override
    public Adjustment.@Nullable Rule convertToEntityAttribute(@Nullable String column) {
        String plain = cipher.decrypt(column);
        return plain == null ? null : Adjustment.Rule.valueOf(plain);
    }
}
