/** The last menu fetched, kept on disk for when the service cannot be reached. */
package cn.xingfu.kiosk.menu;
