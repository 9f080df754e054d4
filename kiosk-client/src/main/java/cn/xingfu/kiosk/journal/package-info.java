/** The durable, append-only journal of orders taken while the service was unreachable. */
package cn.xingfu.kiosk.journal;
