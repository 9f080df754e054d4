/**
 * What the kiosk says aloud, in Mandarin, generated on the device (espeak-ng's {@code cmn} voice): the greeting,
 * the order read back with its number, and "your meal is ready". Never on the UI thread, silent when no engine is
 * installed, and staff can switch it off.
 */
package cn.xingfu.kiosk.voice;
