package cn.xingfu.canteen.shared.food;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Allergen and dietary-tag sets stored as one comma-separated column of names: readable in SQL, identical on
 * MariaDB and H2, and loading a dish or a senior needs no extra query. Used by dishes and seniors alike.
 */
public final class FoodSetColumns {

    private FoodSetColumns() {}

    public static <E extends Enum<E>> String write(Set<E> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    public static <E extends Enum<E>> Set<E> read(String column, Class<E> type) {
        Set<E> values = EnumSet.noneOf(type);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(","))
                    .map(name -> Enum.valueOf(type, name.trim()))
                    .forEach(values::add);
        }
        return values;
    }

    @Converter
    public static class Allergens implements AttributeConverter<Set<Allergen>, String> {
        @Override
        public String convertToDatabaseColumn(Set<Allergen> attribute) {
            return write(attribute);
        }

        @Override
        public Set<Allergen> convertToEntityAttribute(String column) {
            return read(column, Allergen.class);
        }
    }

    @Converter
    public static class DietaryTags implements AttributeConverter<Set<DietaryTag>, String> {
        @Override
        public String convertToDatabaseColumn(Set<DietaryTag> attribute) {
            return write(attribute);
        }

        @Override
        public Set<DietaryTag> convertToEntityAttribute(String column) {
            return read(column, DietaryTag.class);
        }
    }
}
