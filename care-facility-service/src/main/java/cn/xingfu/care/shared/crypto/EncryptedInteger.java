package cn.xingfu.care.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * {@code @Convert(converter = EncryptedInteger.class)} stores a number (a screening score, an assessment total)
 * as a {@link FieldCipher} envelope of its decimal text. The database can no longer sort, sum or compare it:
 * whatever needs that does it in Java after reading.
 */
@Converter
public class EncryptedInteger implements AttributeConverter<@Nullable Integer, @Nullable String> {

    private final FieldCipher cipher;

    public EncryptedInteger(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Integer attribute) {
        return attribute == null ? null : cipher.encrypt(attribute.toString());
    }

    @Override
    public @Nullable Integer convertToEntityAttribute(@Nullable String column) {
        String plain = cipher.decrypt(column);
        return plain == null ? null : Integer.valueOf(plain);
    }
}
