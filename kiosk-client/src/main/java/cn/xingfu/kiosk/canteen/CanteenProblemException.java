package cn.xingfu.kiosk.canteen;

/** The service answered with a 4xx: the request was understood and refused. Retrying will not help. */
public class CanteenProblemException extends RuntimeException {

    private final Problem problem;

    public CanteenProblemException(Problem problem) {
        super(problem.code() + ": " + problem.messageEn());
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }

    public String code() {
        return problem.code();
    }
}
