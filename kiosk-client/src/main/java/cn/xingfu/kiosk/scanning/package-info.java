/** Card input: a USB QR scanner acting as a keyboard, and QR decoding of camera frames or images. */
package cn.xingfu.kiosk.scanning;
