package org.spotcheck.sampling.internal.application;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.spotcheck.sampling.api.SampleView;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The sampling form (抽样单) as a PDF whose Chinese text is real, extractable text: a CJK TrueType
 * font from the system (default WenQuanYi Micro Hei, Debian {@code fonts-wqy-microhei}, which
 * {@code .ci/run} installs) is embedded as a subset.
 */
@Component
class SamplingFormPdf {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CHINA);
    private static final float MARGIN = 50;
    private static final float LABEL_WIDTH = 130;

    private final List<String> fontPaths;

    SamplingFormPdf(@Value("${spotcheck.report.fonts:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") List<String> fontPaths) {
        this.fontPaths = fontPaths;
    }

    byte[] render(SampleView s) {
        List<String[]> rows = new ArrayList<>();
        rows.add(row("抽查任务编号", s.taskCode()));
        rows.add(row("样品编号", s.sampleCode() + (s.attempt() > 1 ? "（第" + s.attempt() + "次抽样）" : "")));
        rows.add(row("被抽样单位", s.enterpriseName()));
        rows.add(row("统一社会信用代码", s.enterpriseCreditCode()));
        rows.add(row("地址", s.enterpriseAddress()));
        rows.add(row("抽样环节", switch (s.channel()) {
            case "PRODUCTION" -> "生产";
            case "DISTRIBUTION" -> "流通";
            default -> "电子商务";
        }));
        if (s.online() != null) {
            rows.add(row("网络抽样", s.online().platform() + " / " + s.online().shop() + "，账号 " + s.online().buyerAccount()
                    + "，订单号 " + s.online().orderNumber()));
        }
        rows.add(row("样品名称", s.productName()));
        rows.add(row("商标", s.trademark()));
        rows.add(row("规格型号", s.specification()));
        rows.add(row("执行标准", s.productStandard()));
        rows.add(row("批号 / 生产日期", (s.batchNumber() == null ? "—" : s.batchNumber()) + " / "
                + (s.productionDate() == null ? "—" : s.productionDate().toString())));
        rows.add(row("抽样基数", s.stockOnHand()));
        rows.add(row("检验样品", s.testQuantity() + " " + s.quantityUnit() + "，封条 " + s.testSealNumber()));
        rows.add(row("备用样品", s.backupQuantity() + " " + s.quantityUnit() + "，封条 " + s.backupSealNumber() + "，"
                + ("LAB".equals(s.backupLocation()) ? "带回承检机构" : "封存于被抽样单位")));
        rows.add(row("样品单价 / 支付金额", s.unitPrice() + " 元 / " + s.amountPaid() + " 元" + (s.freeSample() ? "（复查样品，无偿提供）" : "")));
        if (s.handoverMethod() != null || s.handoverTemperature() != null) {
            rows.add(row("样品交接", (s.handoverMethod() == null ? "" : s.handoverMethod())
                    + (s.handoverTemperature() == null ? "" : "，温度 " + s.handoverTemperature())));
        }
        rows.add(row("抽样人员", String.join("、", s.samplers())));
        rows.add(row("抽样时间", TIME.format(s.recordedAt())));
        rows.add(row("企业确认", s.confirmation() == null ? "尚未确认"
                : ("ONLINE".equals(s.confirmation().method()) ? "在线确认（" : "纸质签字（") + s.confirmation().confirmedBy() + "，"
                        + TIME.format(s.confirmation().confirmedAt()) + "）：" + s.confirmation().statement()));

        File fontFile = fontFile();
        try (PDDocument doc = new PDDocument()) {
            PDFont font = load(doc, fontFile);
            doc.getDocumentInformation().setTitle("抽样单 " + s.sampleCode());
            doc.getDocumentInformation().setCreator("Spotcheck");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = text(out, font, 16, MARGIN, y, "产品质量监督抽查抽样单");
                y = text(out, font, 9, MARGIN, y - 4, "Product quality supervision spot-check: sampling form");
                y -= 10;
                for (String[] r : rows) {
                    List<String> lines = wrap(font, 10, r[1], width - LABEL_WIDTH);
                    text(out, font, 10, MARGIN, y, r[0]);
                    for (String line : lines) {
                        y = text(out, font, 10, MARGIN + LABEL_WIDTH, y, line);
                    }
                    y -= 4;
                }
                y -= 20;
                text(out, font, 10, MARGIN, y, "抽样人员签字：____________________        被抽样单位签字（盖章）：____________________");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the sampling form " + s.sampleCode(), e);
        }
    }

    private static String[] row(String label, String value) {
        return new String[] {label, value == null ? "—" : value};
    }

    /** Writes one line and returns the y of the next. */
    private static float text(PDPageContentStream out, PDFont font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y - size);
        out.showText(printable(font, text));
        out.endText();
        return y - size * 1.45f;
    }

    /** Breaks text into lines that fit; CJK text breaks between any two characters. */
    static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String next = line + new String(Character.toChars(cp));
            if (font.getStringWidth(printable(font, next)) / 1000 * size > maxWidth && line.length() > 0) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.appendCodePoint(cp);
            i += Character.charCount(cp);
        }
        lines.add(line.toString());
        return lines;
    }

    /** Replaces characters the font cannot draw (and control characters) instead of failing. */
    private static String printable(PDFont font, String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp)) {
                out.append(' ');
                return;
            }
            try {
                font.encode(new String(Character.toChars(cp)));
                out.appendCodePoint(cp);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private File fontFile() {
        for (String path : fontPaths) {
            File file = new File(path.strip());
            if (file.isFile()) {
                return file;
            }
        }
        throw new IllegalStateException("no CJK font for PDFs: none of spotcheck.report.fonts exists " + fontPaths
                + " (on Debian: apt-get install fonts-wqy-microhei)");
    }

    private static PDFont load(PDDocument doc, File file) throws IOException {
        if (!file.getName().toLowerCase().endsWith(".ttc")) {
            return PDType0Font.load(doc, file);
        }
        TrueTypeCollection collection = new TrueTypeCollection(file);
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return PDType0Font.load(doc, first[0], true);
    }
}
