package cn.xingfu.care.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * {@code @Convert(converter = Encrypted.class)} on a String field stores it as a {@link FieldCipher} envelope.
 * Hibernate creates the converter through Spring, so the cipher is injected.
 */
@Converter
public class Encrypted implements AttributeConverter<@Nullable String, @Nullable String> {

    private final FieldCipher cipher;

    public Encrypted(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String attribute) {
        return cipher.encrypt(attribute);
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String column) {
        return cipher.decrypt(column);
    }
}
