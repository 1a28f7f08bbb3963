package org.spotcheck.planning.internal.application;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.shared.InvalidInputException;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded register file into rows: CSV (UTF-8, optional BOM, RFC 4180 quoting, header
 * row) or XLSX (first sheet, header row). The type is taken from the extension and must match the
 * content: an XLSX file is a ZIP archive starting with {@code PK\x03\x04}; a CSV file is UTF-8 text
 * without NUL bytes. POI parses the XLSX parts with its hardened XML parsers (no DTDs, no external
 * entities) and refuses ZIP bombs by inflate ratio (ADR 0008) and by the uncompressed size, read as a stream.
 */
final class TableFile {

    /** Upload limit, also set for multipart requests in application.yml. */
    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_ROWS = 5000;
    /** Limits enforced while reading (issue 13.2): a register row has some twenty columns, a cell a few hundred characters. */
    static final int MAX_COLUMNS = 100;
    static final int MAX_CELL_CHARS = 4000;
    /** 5000 rows of 100 short columns fit well within this; 20 MB of XML can be streamed safely. */
    static final long MAX_UNCOMPRESSED_BYTES = 20L * 1024 * 1024;

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
            throw InvalidInputException.of("file", "EMPTY_FILE", "the file is empty");
        }
        byte[] bytes = file.content();
        if (bytes.length > MAX_BYTES) {
            throw InvalidInputException.of("file", "FILE_TOO_LARGE", "the file is larger than 2 MB", "2");
        }
        String name = file.filename() == null ? "" : file.filename().toLowerCase(Locale.ROOT);
        boolean zip = startsWith(bytes, ZIP_MAGIC);
        if (name.endsWith(".xlsx")) {
            if (!zip) {
                throw unsupported("the file is named .xlsx but is not an XLSX workbook");
            }
            return xlsx(bytes);
        }
        if (name.endsWith(".csv")) {
            if (zip) {
                throw unsupported("the file is named .csv but is a ZIP archive");
            }
            return csv(bytes);
        }
        throw unsupported("only .csv and .xlsx files are accepted");
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
                throw unsupported("the CSV file contains binary data");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw unsupported("the CSV file must be UTF-8 encoded");
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
                    appendChecked(field, c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    quoted = true;
                    any = true;
                }
                case ',' -> {
                    if (record.size() + 1 >= MAX_COLUMNS) {
                        throw tooManyColumns();
                    }
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
                    appendChecked(field, c);
                    any = true;
                }
            }
        }
        if (quoted) {
            throw InvalidInputException.of("file", "MALFORMED_CSV", "the CSV file has an unclosed quote");
        }
        if (any || field.length() > 0 || !record.isEmpty()) {
            endRecord(records, record, field, true);
        }
        return records;
    }

    private static void appendChecked(StringBuilder field, char c) {
        if (field.length() >= MAX_CELL_CHARS) {
            throw cellTooLong();
        }
        field.append(c);
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

    /**
     * Streams the first sheet: the ZIP parts are first inflated through a counting stream that stops at
     * {@link #MAX_UNCOMPRESSED_BYTES} (a 1.6 MB upload can hold 94 MB of sheet XML, issue 13.2), then the
     * sheet XML is read with POI's SAX event API, enforcing the row, column and cell-size limits while
     * reading, so no workbook is ever built in memory.
     */
    static Table xlsx(byte[] bytes) {
        checkUncompressedSize(bytes);
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw InvalidInputException.of("file", "EMPTY_FILE", "the workbook has no sheet");
            }
            DataFormatter formatter = new DataFormatter(Locale.ROOT);
            List<List<String>> records = new ArrayList<>();
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader(); // no DTDs, no external entities
                // formulasNotResults=false: the cached result, never an evaluated formula from an upload
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(records), formatter, false));
                parser.parse(new InputSource(sheet));
            }
            return table(records);
        } catch (InvalidInputException e) {
            throw e;
        } catch (Exception e) {
            InvalidInputException limit = causeOfType(e);
            if (limit != null) {
                throw limit;
            }
            throw unsupported("the XLSX workbook cannot be read: " + e.getClass().getSimpleName());
        }
    }

    private static InvalidInputException causeOfType(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof InvalidInputException invalid) {
                return invalid;
            }
            if (t instanceof org.xml.sax.SAXException sax && sax.getException() instanceof InvalidInputException invalid) {
                return invalid;
            }
        }
        return null;
    }

    /** Inflates every ZIP entry once, counting the bytes actually produced (never the sizes the headers claim). */
    static void checkUncompressedSize(byte[] bytes) {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            while (zip.getNextEntry() != null) {
                int n;
                while ((n = zip.read(buffer)) > 0) {
                    total += n;
                    if (total > MAX_UNCOMPRESSED_BYTES) {
                        throw InvalidInputException.of("file", "FILE_TOO_LARGE_UNCOMPRESSED",
                                "the XLSX workbook holds more than 20 MB once uncompressed");
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw unsupported("the XLSX workbook cannot be read: " + e.getClass().getSimpleName());
        }
    }

    /** Collects the rows of the sheet, refusing too many rows, columns or too long cells as they come. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final List<List<String>> records;
        private List<String> current;
        private int nextColumn;

        Rows(List<List<String>> records) {
            this.records = records;
        }

        @Override
        public void startRow(int rowNum) {
            if (rowNum > MAX_ROWS + 1) {
                throw tooManyRows();
            }
            while (records.size() < rowNum) {
                records.add(List.of()); // missing rows keep the row numbers right
            }
            current = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            records.add(current);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw tooManyColumns();
            }
            String text = value == null ? "" : value;
            if (text.length() > MAX_CELL_CHARS) {
                throw cellTooLong();
            }
            while (current.size() < column) {
                current.add("");
            }
            current.add(text);
            nextColumn = column + 1;
        }
    }

    static InvalidInputException tooManyColumns() {
        return InvalidInputException.of("file", "TOO_MANY_COLUMNS", "at most " + MAX_COLUMNS + " columns per row",
                String.valueOf(MAX_COLUMNS));
    }

    static InvalidInputException cellTooLong() {
        return InvalidInputException.of("file", "CELL_TOO_LONG", "a cell holds at most "
                + MAX_CELL_CHARS + " characters", String.valueOf(MAX_CELL_CHARS));
    }

    // ---------------------------------------------------------------- both

    private static Table table(List<List<String>> records) {
        int headerIndex = 0;
        while (headerIndex < records.size() && blank(records.get(headerIndex))) {
            headerIndex++;
        }
        if (headerIndex >= records.size()) {
            throw InvalidInputException.of("file", "EMPTY_FILE", "the file has no header row");
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
        return InvalidInputException.of("file", "TOO_MANY_ROWS", "at most " + MAX_ROWS + " rows per file",
                String.valueOf(MAX_ROWS));
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }
}
