package cn.xingfu.canteen.senior;

/** The answer to a registration: the only time the full ID number leaves the registry, for the registering manager to check. */
public record RegisteredSenior(SeniorDetail senior, String idNumber) {}
