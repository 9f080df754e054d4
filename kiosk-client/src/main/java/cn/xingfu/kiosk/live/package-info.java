/** Live order and menu updates over STOMP, with reconnect, catch-up and stale-version filtering. */
package cn.xingfu.kiosk.live;
