package cn.xingfu.canteen.shared.crypto;

/**
 * A stored encrypted field could not be read: tampered, truncated, or under a key id this instance does not
 * have. Never carries the value itself.
 */
public class FieldDecryptionException extends IllegalStateException {

    public FieldDecryptionException(String message) {
        super(message);
    }
}
