package cn.xingfu.care.shared.crypto;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The encrypted columns of one table, declared as a bean by the module that owns the table, so the
 * re-encryption job finds them without knowing the modules. Names are fixed identifiers from code, never input.
 */
public record EncryptedColumns(String table, String idColumn, List<String> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public EncryptedColumns {
        columns = List.copyOf(columns);
        for (String name : concat(table, idColumn, columns)) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    public static EncryptedColumns of(String table, String... columns) {
        return new EncryptedColumns(table, "id", List.of(columns));
    }

    private static List<String> concat(String table, String idColumn, List<String> columns) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(table, idColumn), columns.stream())
                .toList();
    }
}
