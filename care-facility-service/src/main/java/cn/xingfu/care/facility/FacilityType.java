package cn.xingfu.care.facility;

/** The two kinds of place the care service manages. */
public enum FacilityType {
    /** 养老机构: residential institution with beds (敬老院, 福利院, 养老中心). */
    INSTITUTION,
    /** 社区养老服务中心: community / street service centre; may run day care, dementia units and home-care beds. */
    COMMUNITY_CENTRE
}
