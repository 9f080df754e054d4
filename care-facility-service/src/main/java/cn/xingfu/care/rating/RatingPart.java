package cn.xingfu.care.rating;

/** The four parts of the 1000-point score (DOMAIN.md 1.2, default maxima 120/130/150/600). */
public enum RatingPart {
    ENVIRONMENT("环境"),
    FACILITIES("设施设备"),
    OPERATIONS("运营管理"),
    SERVICE("服务");

    private final String chinese;

    RatingPart(String chinese) {
        this.chinese = chinese;
    }

    public String chinese() {
        return chinese;
    }
}
