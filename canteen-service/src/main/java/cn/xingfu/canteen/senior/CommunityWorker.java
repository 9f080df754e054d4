package cn.xingfu.canteen.senior;

/** The community (社区/村) worker responsible for the senior. */
public record CommunityWorker(String name, String phone) {}
