package cn.xingfu.kiosk.canteen;

import java.util.List;

/** {@code GET /api/cards/keys}: the public keys that sign senior cards. */
public record CardKeys(List<CardKey> keys) {

    public CardKeys {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** One signing key; {@code publicKey} is a base64 X.509 SubjectPublicKeyInfo. */
    public record CardKey(String keyId, String algorithm, String publicKey, boolean active) {}
}
