/**
 * Live push to kiosks, the kitchen display, the pickup board and the staff's welfare-alert page: STOMP over
 * WebSocket at {@code /ws}, one full snapshot per change, sent only after the change committed, to destinations
 * scoped to one canteen, kiosk or order. The only module that touches STOMP.
 */
@ApplicationModule(allowedDependencies = {"ordering", "menu", "delivery", "shared", "shared :: *"})
@NullMarked
package cn.xingfu.canteen.live;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
