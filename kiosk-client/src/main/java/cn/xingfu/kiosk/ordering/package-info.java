/** Placing orders online, or journalling them offline and replaying the journal once the service is back. */
package cn.xingfu.kiosk.ordering;
