/** The kiosk's one holder of UI state: scanned card, menu, cart, order, idle time, connectivity. */
package cn.xingfu.kiosk.session;
