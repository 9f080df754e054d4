package cn.xingfu.canteen.senior;

/** Whom to call when a senior does not answer the door or falls ill: name, relation (女儿, 邻居…), phone. */
public record EmergencyContact(String name, String relation, String phone) {}
