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
}
