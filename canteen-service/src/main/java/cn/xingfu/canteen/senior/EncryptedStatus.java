package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.crypto.FieldCipher;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/** 低保, 特困, 失能 … are sensitive (PIPL art. 28): the status name is stored as an envelope. */
@Converter
class EncryptedStatus implements AttributeConverter<@Nullable EligibilityStatus, @Nullable String> {

    private final FieldCipher cipher;

    EncryptedStatus(FieldCipher cipher) {
        this.cipher = cipher;
    }

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable EligibilityStatus attribute) {
        return attribute == null ? null : cipher.encrypt(attribute.name());
    }

    @Override
    public @Nullable EligibilityStatus convertToEntityAttribute(@Nullable String column) {
        String plain = cipher.decrypt(column);
        return plain == null ? null : EligibilityStatus.valueOf(plain);
    }
}
