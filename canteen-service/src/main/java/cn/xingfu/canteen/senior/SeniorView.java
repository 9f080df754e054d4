package cn.xingfu.canteen.senior;

/**
 * A senior as one role may see them: the full {@link SeniorDetail} for managers of the home canteen and district
 * administrators, the {@link CounterView} for the counter (PIPL art. 51, least access; DOMAIN.md "Role-based views").
 */
public sealed interface SeniorView permits SeniorDetail, CounterView {

    long id();
}
