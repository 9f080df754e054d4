/** Senior card tokens and their offline signature check with cached public keys. */
package cn.xingfu.kiosk.card;
