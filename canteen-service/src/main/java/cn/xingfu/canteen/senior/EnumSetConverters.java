package cn.xingfu.canteen.senior;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Small enum sets stored as one comma-separated column, so loading a senior needs no extra query. */
final class EnumSetConverters {

    private EnumSetConverters() {}

    static <E extends Enum<E>> String join(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> split(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(name -> Enum.valueOf(type, name.trim()))
                    .forEach(values::add);
        }
        return values;
    }

    @Converter
    static class DietaryTags implements AttributeConverter<Set<DietaryTag>, String> {
        @Override
        public String convertToDatabaseColumn(Set<DietaryTag> attribute) {
            return join(attribute);
        }

        @Override
        public Set<DietaryTag> convertToEntityAttribute(String column) {
            return split(column, DietaryTag.class);
        }
    }

    @Converter
    static class Allergens implements AttributeConverter<Set<Allergen>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Allergen> attribute) {
            return join(attribute);
        }

        @Override
        public Set<Allergen> convertToEntityAttribute(String column) {
            return split(column, Allergen.class);
        }
    }
}
