package org.spotcheck.planning.internal.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.shared.InvalidInputException;

/**
 * Reads an uploaded register file into rows: CSV (UTF-8, optional BOM, RFC 4180 quoting, header
 * row) or XLSX (first sheet, header row). The type is taken from the extension and must match the
 * content: an XLSX file is a ZIP archive starting with {@code PK\x03\x04}; a CSV file is UTF-8 text
 * without NUL bytes. POI parses the XLSX parts with its hardened XML parsers (no DTDs, no external
 * entities) and refuses ZIP bombs by inflate ratio (ADR 0008).
 */
final class TableFile {

    /** Upload limit, also set for multipart requests in application.yml. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5000;

    private static final byte[] ZIP_MAGIC = {'P', 'K', 3, 4};

    /**
     * One data row.
     *
     * @param number the row number as the user sees it in the file (the header is row 1)
     * @param values cell text by header name (trimmed, never null)
     */
    record DataRow(int number, Map<String, String> values) {
    }

    /** The header names as written and the data rows. */
    record Table(List<String> headers, List<DataRow> rows) {
    }

    private TableFile() {
    }

    static Table read(UploadedFile file) {
        if (file == null || file.content() == null || file.content().length == 0) {
            throw InvalidInputException.of("file", "EMPTY_FILE", "文件为空 / the file is empty");
        }
        byte[] bytes = file.content();
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "FILE_TOO_LARGE", "文件超过 2 MB / the file is larger than 2 MB");
        }
        String name = file.filename() == null ? "" : file.filename().toLowerCase(Locale.ROOT);
        boolean zip = startsWith(bytes, ZIP_MAGIC);
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw unsupported("扩展名为 .xlsx 但内容不是 XLSX / the file is named .xlsx but is not an XLSX workbook");
            }
            return xlsx(bytes);
        }
        if (name.endsWith(".csv")) {
            if (zip) {
                throw unsupported("扩展名为 .csv 但内容是压缩包 / the file is named .csv but is a ZIP archive");
            }
            return csv(bytes);
        }
        throw unsupported("只接受 .csv 或 .xlsx 文件 / only .csv and .xlsx files are accepted");
    }

    private static InvalidInputException unsupported(String message) {
        return InvalidInputException.of("file", "UNSUPPORTED_FILE", message);
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- CSV

    static Table csv(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                throw unsupported("CSV 文件含有二进制内容 / the CSV file contains binary data");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unsupported("CSV 文件须为 UTF-8 编码 / the CSV file must be UTF-8 encoded");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> records = parseCsv(text);
        return table(records);
    }

    /** RFC 4180: fields separated by commas, optionally quoted with '"', '""' is a quote inside quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    record.add(field.toString());
                    field.setLength(0);
                    any = true;
                }
                case '\r' -> {
                    // end of line handled at '\n'; a lone CR also ends the line
                    if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
                        any = endRecord(records, record, field, any);
                        record = new ArrayList<>();
                    }
                }
                case '\n' -> {
                    any = endRecord(records, record, field, any);
                    record = new ArrayList<>();
                }
                default -> {
                    field.append(c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw InvalidInputException.of("file", "MALFORMED_CSV", "CSV 引号未闭合 / the CSV file has an unclosed quote");
        }
        if (any || field.length() > 0 || !record.isEmpty()) {
            endRecord(records, record, field, true);
        }
        return records;
    }

    private static boolean endRecord(List<List<String>> records, List<String> record, StringBuilder field, boolean any) {
        if (any || field.length() > 0) {
            record.add(field.toString());
            records.add(record);
        } else {
            records.add(List.of()); // blank line: keeps the row numbers right
        }
        field.setLength(0);
        return false;
    }

    // ---------------------------------------------------------------- XLSX

    static Table xlsx(byte[] bytes) {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw InvalidInputException.of("file", "EMPTY_FILE", "工作簿没有工作表 / the workbook has no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            formatter.setUseCachedValuesForFormulaCells(true); // never evaluate formulas from uploads
            List<List<String>> records = new ArrayList<>();
            int last = sheet.getLastRowNum();
            if (last > MAX_ROWS + 1) {
                throw tooManyRows();
            }
            for (int r = 0; r <= last; r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null ? "" : formatter.formatCellValue(cell));
                    }
                }
                records.add(cells);
            }
            return table(records);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw unsupported("XLSX 文件无法读取 / the XLSX workbook cannot be read: " + e.getClass().getSimpleName());
        }
    }

    // ---------------------------------------------------------------- both

    private static Table table(List<List<String>> records) {
        int headerIndex = 0;
        while (headerIndex < records.size() && blank(records.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex >= records.size()) {
            throw InvalidInputException.of("file", "EMPTY_FILE", "文件没有表头行 / the file has no header row");
        }
        List<String> headers = records.get(headerIndex).stream().map(h -> h.strip()).toList();
        List<DataRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            if (blank(cells)) {
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < headers.size(); c++) {
                values.put(headers.get(c), c < cells.size() ? cells.get(c).strip() : "");
            }
            for (int c = headers.size(); c < cells.size(); c++) {
                if (!cells.get(c).isBlank()) {
                    values.put("#" + (c + 1), cells.get(c).strip()); // a value without a header
                }
            }
            rows.add(new DataRow(i + 1, values));
        }
        if (rows.size() > MAX_ROWS) {
            throw tooManyRows();
        }
        return new Table(headers, rows);
    }

    private static InvalidInputException tooManyRows() {
        return InvalidInputException.of("file", "TOO_MANY_ROWS", "每次最多导入 " + MAX_ROWS + " 行 / at most " + MAX_ROWS + " rows per file");
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
