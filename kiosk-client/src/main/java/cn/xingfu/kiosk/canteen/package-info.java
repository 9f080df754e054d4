/** HTTP client for canteen-service and the kiosk's own copies of its payloads (docs/api/examples). */
package cn.xingfu.kiosk.canteen;
