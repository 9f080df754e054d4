package cn.xingfu.care.dashboard.web;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** CSV for Excel: UTF-8 with a byte-order mark, or Excel shows Chinese as mojibake. */
final class CsvExport {

    static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

    private CsvExport() {}

    static ResponseEntity<byte[]> of(String filename, List<String> header, List<List<?>> rows) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.EXCEL
                .builder()
                .setHeader(header.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<?> row : rows) {
                printer.printRecord(row.stream().map(v -> v == null ? "" : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(TEXT_CSV)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename, StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(out.toString().getBytes(StandardCharsets.UTF_8));
    }
}
