package cn.xingfu.canteen.subsidy;

import java.util.Map;

/** A senior's usage so far under each scheme of a policy, read in one go by the caller; a scheme not listed is unused. */
public record SchemeUsage(Map<String, SubsidyUsage> counts, SubsidyUsage otherwise) {

    public SchemeUsage {
        counts = Map.copyOf(counts);
    }

    public static SchemeUsage of(Map<String, SubsidyUsage> counts) {
        return new SchemeUsage(counts, SubsidyUsage.none());
    }

    /** The same counts for every scheme: the single-scheme callers written before schemes existed. */
    public static SchemeUsage everyScheme(SubsidyUsage usage) {
        return new SchemeUsage(Map.of(), usage);
    }

    public SubsidyUsage of(String schemeCode) {
        return counts.getOrDefault(schemeCode, otherwise);
    }
}
