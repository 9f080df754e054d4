package cn.xingfu.care.shared.crypto;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The encrypted columns of one table, declared as a bean by the module that owns the table, so the
 * re-encryption job finds them without knowing the modules. A row is found by its key columns ({@code id}, or
 * the primary key of a collection table such as {@code (assessment_id, item_code)}). Names are fixed
 * identifiers from code, never input.
 */
public record EncryptedColumns(String table, List<String> keyColumns, List<String> columns) {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    public EncryptedColumns {
        keyColumns = List.copyOf(keyColumns);
        columns = List.copyOf(columns);
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("no key columns for " + table);
        }
        for (String name : Stream.of(Stream.of(table), keyColumns.stream(), columns.stream())
                .flatMap(s -> s)
                .toList()) {
            if (!IDENTIFIER.matcher(name).matches()) {
                throw new IllegalArgumentException("not a plain SQL identifier: " + name);
            }
        }
    }

    public static EncryptedColumns of(String table, String... columns) {
        return new EncryptedColumns(table, List.of("id"), List.of(columns));
    }

    public static EncryptedColumns keyedBy(String table, List<String> keyColumns, String... columns) {
        return new EncryptedColumns(table, keyColumns, List.of(columns));
    }

    /** {@code a, b}: for SELECT lists and ORDER BY. */
    String keyList() {
        return String.join(", ", keyColumns);
    }

    /** {@code a = ? AND b = ?}: finds one row. */
    String keyMatch() {
        return keyColumns.stream().map(k -> k + " = ?").collect(Collectors.joining(" AND "));
    }
}
