package cn.xingfu.kiosk.simulation;

/** What the simulation times. */
public enum MeasuredStep {
    SCAN("scan"),
    MENU("menu"),
    ORDER("order"),
    KITCHEN("kitchen step"),
    READY("order to ready"),
    PUSH_KIOSK("push to kiosk"),
    PUSH_KITCHEN("push to kitchen");

    final String label;

    MeasuredStep(String label) {
        this.label = label;
    }
}
