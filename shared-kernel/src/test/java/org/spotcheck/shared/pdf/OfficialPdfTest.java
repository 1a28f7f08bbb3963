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
}
