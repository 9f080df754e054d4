/**
 * Field encryption at rest (AES-256-GCM envelopes with a key id), blind indexes (HMAC), the Flyway step that
 * encrypts legacy plaintext columns, and the once-per-cluster job that re-encrypts old values after a key
 * rotation. See docs/privacy.md.
 */
@NullMarked
package cn.xingfu.care.shared.crypto;

import org.jspecify.annotations.NullMarked;
