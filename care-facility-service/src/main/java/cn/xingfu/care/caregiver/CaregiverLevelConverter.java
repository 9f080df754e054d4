package cn.xingfu.care.caregiver;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores the rank, so the database orders levels the right way round too. */
@Converter
class CaregiverLevelConverter implements AttributeConverter<CaregiverLevel, Integer> {

    @Override
    public Integer convertToDatabaseColumn(CaregiverLevel level) {
        return level.rank();
    }

    @Override
    public CaregiverLevel convertToEntityAttribute(Integer rank) {
        return CaregiverLevel.ofRank(rank);
    }
}
