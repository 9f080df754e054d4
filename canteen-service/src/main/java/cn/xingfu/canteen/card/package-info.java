/** Senior cards: issue, re-issue, block; signed QR tokens (Ed25519, key id) verifiable offline; QR PNG and printable sheets; scan log. */
@ApplicationModule(allowedDependencies = {"shared", "shared :: *", "site", "senior"})
@NullMarked
package cn.xingfu.canteen.card;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
