/**
 * Simulation mode: N virtual kiosks speaking the kiosk's own protocol (scan, menu, order, live updates until
 * "ready") and kitchen-display simulators moving the orders on, against a running canteen-service; reports
 * throughput, latency percentiles, errors and push latency from commit to receipt.
 */
package cn.xingfu.kiosk.simulation;
