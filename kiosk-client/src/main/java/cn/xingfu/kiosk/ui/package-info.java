/** The kiosk's screens; they show the session's state and call its actions, nothing else. */
package cn.xingfu.kiosk.ui;
