package org.spotcheck.planning.internal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.spotcheck.planning.api.UploadedFile;
import org.spotcheck.shared.InvalidInputException;

class TableFileTest {

    @Test
    void csvRowsKeepTheirLineNumbersAndQuotedCommas() {
        String csv = "\uFEFFcode,name\r\nA,\"Zhang, Wei\"\r\n\r\nB,\"say \"\"hi\"\"\"\nC,多行\n";
        TableFile.Table table = TableFile.read(new UploadedFile("x.csv", csv.getBytes(StandardCharsets.UTF_8)));
        assertThat(table.headers()).containsExactly("code", "name");
        assertThat(table.rows()).extracting(TableFile.DataRow::number).containsExactly(2, 4, 5);
        assertThat(table.rows().get(0).values().get("name")).isEqualTo("Zhang, Wei");
        assertThat(table.rows().get(1).values().get("name")).isEqualTo("say \"hi\"");
        assertThat(table.rows().get(2).values().get("name")).isEqualTo("多行");
    }

    @Test
    void manyRowsAreAllRead() {
        StringBuilder csv = new StringBuilder("a,b\r\n");
        for (int i = 0; i < 4; i++) {
            csv.append("x").append(i).append(",y\r\n");
        }
        TableFile.Table table = TableFile.read(new UploadedFile("x.csv", csv.toString().getBytes(StandardCharsets.UTF_8)));
        assertThat(table.rows()).hasSize(4);
        assertThat(table.rows()).extracting(r -> r.values().get("a")).containsExactly("x0", "x1", "x2", "x3");
    }

    @Test
    void xlsxCellsAreReadAsDisplayedText() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("region_code");
            header.createCell(1).setCellValue("limit");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue(320102);
            row.createCell(1).setCellValue(0.025);
            workbook.write(out);
            TableFile.Table table = TableFile.read(new UploadedFile("x.xlsx", out.toByteArray()));
            assertThat(table.rows().get(0).values()).containsEntry("region_code", "320102").containsEntry("limit", "0.025");
        }
    }

    @Test
    void theContentMustMatchTheExtension() {
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.xlsx", "a,b\n".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("not an XLSX");
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.csv", new byte[] {'P', 'K', 3, 4, 0})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("ZIP");
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.txt", "a".getBytes(StandardCharsets.UTF_8))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.csv", new byte[] {'a', (byte) 0xC3, '\n'})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.xlsx", new byte[] {'P', 'K', 3, 4, 1, 2, 3})))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("cannot be read");
    }

    @Test
    void anExternalEntityInAnXlsxIsNeverResolved(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path secret = dir.resolve("secret.txt");
        java.nio.file.Files.writeString(secret, "TOP-SECRET-42");
        byte[] workbook;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("code");
            sheet.createRow(1).createCell(0).setCellValue("placeholder");
            wb.write(out);
            workbook = out.toByteArray();
        }
        // rewrite the shared strings with a DOCTYPE that declares an external entity (XXE)
        ByteArrayOutputStream tampered = new ByteArrayOutputStream();
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(workbook));
                java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(tampered)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                if (e.getName().equals("xl/sharedStrings.xml")) {
                    out.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \"" + secret.toUri()
                            + "\">]><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\" uniqueCount=\"2\">"
                            + "<si><t>code</t></si><si><t>&xxe;</t></si></sst>").getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(in.readAllBytes());
                }
                out.closeEntry();
            }
        }
        try {
            TableFile.Table table = TableFile.read(new UploadedFile("x.xlsx", tampered.toByteArray()));
            assertThat(table.rows().toString()).doesNotContain("TOP-SECRET-42");
        } catch (InvalidInputException refused) {
            assertThat(refused.getMessage()).doesNotContain("TOP-SECRET-42"); // refused outright: also safe
        }
    }

    @Test
    void csvParserHandlesLoneCarriageReturns() {
        List<List<String>> records = TableFile.parseCsv("a,b\rc,d\r");
        assertThat(records).containsExactly(List.of("a", "b"), List.of("c", "d"));
    }

    /** A workbook of ~1.5 MB holding ~100 MB of repetitive sheet XML (issue 13.2), built here, never committed. */
    static byte[] xlsxBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.setLevel(9);
            put(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                    + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                    + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
            put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            put(zip, "xl/workbook.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(zip, "xl/_rels/workbook.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c t=\"inlineStr\"><is><t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
                    .repeat(1024).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 1000; i++) { // 100 MB of cell text
                zip.write(chunk);
            }
            zip.write("</t></is></c></row></sheetData></worksheet>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    private static void put(java.util.zip.ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new java.util.zip.ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    @Test
    void anXlsxBombIsRefusedByItsUncompressedSizeQuickly() throws IOException {
        byte[] bomb = xlsxBomb();
        assertThat(bomb.length).isLessThan(TableFile.MAX_BYTES);
        long start = System.nanoTime();
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("bomb.xlsx", bomb)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("FILE_TOO_LARGE_UNCOMPRESSED"));
        assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(10));
    }

    @Test
    void xlsxLimitsAreEnforcedWhileReading() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(1).createCell(0).setCellValue("x".repeat(TableFile.MAX_CELL_CHARS + 1));
            workbook.write(out);
            assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.xlsx", out.toByteArray())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("CELL_TOO_LONG"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet().createRow(0).createCell(TableFile.MAX_COLUMNS).setCellValue("far");
            workbook.write(out);
            assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.xlsx", out.toByteArray())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("TOO_MANY_COLUMNS"));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = workbook.createSheet();
            sheet.createRow(0).createCell(0).setCellValue("name");
            sheet.createRow(TableFile.MAX_ROWS + 5).createCell(0).setCellValue("far");
            workbook.write(out);
            assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.xlsx", out.toByteArray())))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("TOO_MANY_ROWS"));
        }
    }

    @Test
    void csvLimitsAreEnforcedWhileReading() {
        String longCell = "name\n" + "x".repeat(TableFile.MAX_CELL_CHARS + 1) + "\n";
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.csv", longCell.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("CELL_TOO_LONG"));
        String wide = "name\n" + ",".repeat(TableFile.MAX_COLUMNS) + "\n";
        assertThatThrownBy(() -> TableFile.read(new UploadedFile("x.csv", wide.getBytes(StandardCharsets.UTF_8))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations().get(0).rule()).isEqualTo("TOO_MANY_COLUMNS"));
    }
}
