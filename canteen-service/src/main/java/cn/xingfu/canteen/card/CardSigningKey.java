package cn.xingfu.canteen.card;

/** A card-token key as published to kiosks: {@code publicKey} is the base64 X.509 SubjectPublicKeyInfo. */
public record CardSigningKey(String keyId, String algorithm, String publicKey, boolean active) {}
