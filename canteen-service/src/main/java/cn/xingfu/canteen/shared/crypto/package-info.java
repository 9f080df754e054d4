/** Field encryption at rest (AES-GCM) and blind indexes (HMAC) with the configured data key. */
package cn.xingfu.canteen.shared.crypto;
