package cn.xingfu.canteen.menu;

import cn.xingfu.canteen.shared.food.Allergen;
import cn.xingfu.canteen.shared.food.DietaryTag;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Small enum sets stored as comma-separated names: readable in SQL and identical on MariaDB and H2. */
final class EnumCsv {

    private EnumCsv() {}

    static <E extends Enum<E>> String write(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static <E extends Enum<E>> Set<E> read(String csv, Class<E> type) {
        EnumSet<E> set = EnumSet.noneOf(type);
        if (csv != null && !csv.isBlank()) {
            Arrays.stream(csv.split(",")).map(String::trim).forEach(n -> set.add(Enum.valueOf(type, n)));
        }
        return set;
    }

    @Converter
    static class Allergens implements AttributeConverter<Set<Allergen>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Allergen> attribute) {
            return write(attribute);
        }

        @Override
        public Set<Allergen> convertToEntityAttribute(String dbData) {
            return read(dbData, Allergen.class);
        }
    }

    @Converter
    static class Tags implements AttributeConverter<Set<DietaryTag>, String> {
        @Override
        public String convertToDatabaseColumn(Set<DietaryTag> attribute) {
            return write(attribute);
        }

        @Override
        public Set<DietaryTag> convertToEntityAttribute(String dbData) {
            return read(dbData, DietaryTag.class);
        }
    }
}
