package cn.xingfu.care.rating;

/** The dated policy values around scoring (defaults: first application ≤ 3, look-back 2 years, ≥ 1 year open). */
public record RatingPolicy(int firstApplicationMaxLevel, int vetoLookbackYears, int minOperatingYears) {}
