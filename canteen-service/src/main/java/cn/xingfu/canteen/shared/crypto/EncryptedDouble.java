package cn.xingfu.canteen.shared.crypto;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** A precise coordinate stored as a {@link FieldCipher} envelope of its decimal text. */
@Converter
public class EncryptedDouble implements AttributeConverter<@Nullable Double, @Nullable String> {

    private final FieldCipher cipher;

    public EncryptedDouble(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable Double attribute) {
        return attribute == null ? null : cipher.encrypt(Double.toString(attribute));
    }

    @Override
    public @Nullable Double convertToEntityAttribute(@Nullable String column) {
        String plain = cipher.decrypt(column);
        return plain == null ? null : Double.valueOf(plain);
    }
}
