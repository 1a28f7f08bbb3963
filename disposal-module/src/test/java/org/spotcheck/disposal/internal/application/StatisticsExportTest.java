package org.spotcheck.disposal.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.spotcheck.disposal.api.StatisticsView;
import org.springframework.context.support.ResourceBundleMessageSource;

class StatisticsExportTest {

    private final StatisticsView view = new StatisticsView("ENTERPRISE", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31),
            List.of(row("=HYPERLINK(\"http://evil.example\",\"点击\")"), row("南京绿洁塑料制品有限公司, 二厂")),
            row("合计 / total"));

    /** The disposal bundles as the application reads them (UTF-8, no system-locale fallback). */
    static DisposalTexts texts() {
        ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
        bundles.setBasename("i18n/disposal");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        return new DisposalTexts(bundles);
    }

    @Test
    void theHeaderNamesEachColumnInBothLanguagesFromTheBundles() {
        String csv = new String(new StatisticsCalculator(null, texts()).csv(view), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("\uFEFF分组 / key,名称 / label,抽查批次 / batches,")
                .endsWith(",企业不合格率%(最终) / enterprise rate (final)");
    }

    private static StatisticsView.Row row(String label) {
        return new StatisticsView.Row("K", label, 4, 1, new BigDecimal("25.0"), new BigDecimal("75.0"), 3, 1,
                new BigDecimal("33.3"), new BigDecimal("66.7"), 2, 1, new BigDecimal("50.0"), 2, 1, new BigDecimal("50.0"));
    }

    @Test
    void csvCellsNeverStartAFormulaAndQuoteCommas() {
        String csv = new String(new StatisticsCalculator(null, texts()).csv(view), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF");
        assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点击\"\")\"");
        assertThat(csv).doesNotContain(",=HYPERLINK");
        assertThat(csv).contains("\"南京绿洁塑料制品有限公司, 二厂\"").contains(",25.0,75.0,");
    }

    @Test
    void xlsxCellsAreTextOrNumbersNeverFormulas() throws Exception {
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(new StatisticsCalculator(null, texts()).xlsx(view)))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(1).getCell(1).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).startsWith("'=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(4).getNumericCellValue()).isEqualTo(25.0);
            sheet.forEach(r -> r.forEach(c -> assertThat(c.getCellType()).isNotEqualTo(CellType.FORMULA)));
        }
    }
}
