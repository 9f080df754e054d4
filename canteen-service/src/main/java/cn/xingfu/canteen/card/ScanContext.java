package cn.xingfu.canteen.card;

import cn.xingfu.canteen.shared.security.Actor;

/** Where and by whom a card was presented: a kiosk or a staff member at {@code canteenId}. */
public record ScanContext(Actor actor, long canteenId) {}
