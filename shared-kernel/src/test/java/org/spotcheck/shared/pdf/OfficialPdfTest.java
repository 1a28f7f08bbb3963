package org.spotcheck.shared.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Every block of the official layout on one document (the PDFs of OfficialDocumentsTest use them through the modules). */
class OfficialPdfTest {

    @Test
    void aLongTableRunsOverPagesRepeatingItsHeaderUnderTheRunningHeadAndEveryPageIsNumbered() throws Exception {
        byte[] bytes;
        try (OfficialPdf pdf = OfficialPdf.start(Arrays.asList(OfficialPdf.DEFAULT_FONTS.split(",")), "检验报告", "SC-2026-0001")) {
            List<String[]> rows = new ArrayList<>();
            List<Boolean> red = new ArrayList<>();
            for (int i = 0; i < 45; i++) {
                rows.add(new String[] {"R" + i, "铅 (Pb)", "≤0.5", i % 3 == 0 ? "" : "0.1" + i});
                red.add(i % 4 == 0);
            }
            pdf.title("检 验 报 告").documentNumber("宁市监抽〔2026〕12号").addressee("南京绿洁塑料制品有限公司：")
                    .paragraph("根据《产品质量监督抽查管理暂行办法》，结果如下。").heading("一、样品信息")
                    .fields(List.<String[]>of(new String[] {"样品名称", "塑料购物袋"}))
                    .table(new String[] {"序号", "项目", "标准", "结果"}, new float[] {1, 3, 2, 2}, rows, red)
                    .signatures("编制：张三", "审核：李四").seal("南京市市场监督管理局", LocalDate.of(2026, 12, 6), "（印章）")
                    .parties(List.of("抽样单位（盖章）"), List.of("被抽样单位（签字、盖章）"))
                    .qr("https://spotcheck.example/verify/abc", "扫码核验").watermark("预览");
            assertThat(pdf.clean("a\tb\u0001c")).isEqualTo("a b c");
            bytes = pdf.finish();
        }
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            int pages = doc.getNumberOfPages();
            assertThat(pages).isGreaterThan(1);
            PDFTextStripper text = new PDFTextStripper();
            text.setStartPage(2);
            text.setEndPage(2);
            String second = text.getText(doc);
            assertThat(second).contains("宁市监抽〔2026〕12号", "序号", "第 2 页 共 " + pages + " 页", "SC-2026-0001");
            text.setStartPage(1);
            text.setEndPage(pages);
            assertThat(text.getText(doc)).contains("第 1 页 共 " + pages + " 页", "R44", "2026年12月6日", "扫码核验",
                    "被抽样单位（签字、盖章）");
        }
    }

    /**
     * Issue 17.3: however long the body, the verification block never stands alone on a page. For every length of table
     * from 1 to 60 rows, and for a body ending in a paragraph, the page with the QR caption also carries the signatures,
     * the seal and a line of the body (the last row moves with them when they do not fit under it), and no page holds a
     * heading without the row under it.
     */
    @Test
    void theClosingBlocksStayTogetherOnAPageThatCarriesTextOfTheBody() throws Exception {
        for (int rowsCount = 1; rowsCount <= 60; rowsCount++) {
            for (boolean endsInParagraph : new boolean[] {false, true}) {
                byte[] bytes;
                try (OfficialPdf pdf = OfficialPdf.start(Arrays.asList(OfficialPdf.DEFAULT_FONTS.split(",")), "检验报告", "LAB2-2026-000004")) {
                    List<String[]> rows = new ArrayList<>();
                    for (int i = 0; i < rowsCount; i++) {
                        rows.add(new String[] {"R" + i, "亮度（白度）", "≤ 90 %", "91.5 %"});
                    }
                    pdf.title("检 验 报 告（复检）").documentNumber("报告编号：LAB2-2026-000004").heading("样品信息")
                            .fields(List.<String[]>of(new String[] {"样品名称", "纸巾纸"}, new String[] {"检验类别", "监督抽查复检"}))
                            .heading("检验项目").table(new String[] {"序号", "项目", "标准", "结果"}, new float[] {1, 3, 2, 2}, rows, null);
                    if (endsInParagraph) {
                        pdf.paragraph("末段正文：本报告仅对所检样品负责。");
                    }
                    pdf.signatures("编制：孙丽", "审核：钱进", "批准：冯雪").seal("苏州市产品质量监督检验所", LocalDate.of(2026, 12, 8), "（检验检测专用章）")
                            .qr("https://spotcheck.example/public/reports/verify?no=LAB2-2026-000004&hash=" + "0".repeat(64), "扫描二维码核验本报告：");
                    bytes = pdf.finish();
                }
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    int pages = doc.getNumberOfPages();
                    String last = page(doc, pages);
                    String as = rowsCount + " rows" + (endsInParagraph ? " and a paragraph" : "") + ", page " + pages + ": " + last;
                    assertThat(last).as(as).contains("扫描二维码核验本报告", "编制：孙丽", "2026年12月8日", "（检验检测专用章）");
                    assertThat(last).as(as).contains(endsInParagraph ? "末段正文" : "R" + (rowsCount - 1));
                    for (int n = 1; n <= pages; n++) {
                        String text = page(doc, n);
                        assertThat(text).as(as).contains("第 " + n + " 页 共 " + pages + " 页");
                        if (text.strip().endsWith("检验项目") || text.contains("检验项目\n第")) {
                            throw new AssertionError("a lone heading at the foot of page " + n + ": " + as);
                        }
                    }
                    for (int n = 1; n < pages; n++) {
                        assertThat(page(doc, n)).as(as).doesNotContain("扫描二维码核验本报告", "编制：");
                    }
                }
            }
        }
    }

    private static String page(PDDocument doc, int n) throws java.io.IOException {
        PDFTextStripper text = new PDFTextStripper();
        text.setStartPage(n);
        text.setEndPage(n);
        return text.getText(doc);
    }
}
