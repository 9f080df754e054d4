package cn.xingfu.care.resident;

/** Who gave a consent, in relation to the resident (PIPL art. 28/31; 民法典 guardianship). */
public enum ConsentRelation {
    /** The resident, who has the capacity to decide. */
    SELF,
    /** A guardian (监护人), for a resident who lacks capacity, such as one with dementia. */
    GUARDIAN,
    /** An agent holding the resident's written authorisation (委托代理人). */
    AGENT
}
