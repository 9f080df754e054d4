package cn.xingfu.care.safety;

/** An open task: a living resident of the facility with a risk not yet assessed. */
public record RiskTask(long facilityId, long residentId, String residentName, Risk risk, String riskZh) {}
