package org.spotcheck.testing.internal.application;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.spotcheck.testing.api.LabSampleView;
import org.spotcheck.testing.api.ReportView;
import org.spotcheck.testing.internal.domain.MeasuredValue;
import org.spotcheck.testing.internal.persistence.LabSampleRow;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Draws an issued test report as an A4 PDF with PDFBox: the lab's details, the sample, the
 * conclusion (所检项目未发现不合格 / 不合格, never 合格), every item with its limit, result and
 * judgment (overridden judgments flagged with their reason), the three signatories, and a QR code
 * that opens the public verify page for this report number and content hash.
 *
 * <p>The Chinese text needs a CJK TrueType font embedded in the PDF. None is shipped in a jar on
 * Maven Central in a form PDFBox can embed (the npm font packages there are WOFF/WOFF2), so the
 * font comes from the system: the first existing file of {@code spotcheck.report.fonts}, by
 * default WenQuanYi Micro Hei from Debian's {@code fonts-wqy-microhei} ({@code .ci/run} installs it).
 * The font is embedded as a subset, so the PDF opens anywhere.
 */
@Component
class ReportPdfRenderer {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final float MARGIN = 48;
    private static final float BOTTOM = 56;
    private static final Color GREY = new Color(0.4f, 0.4f, 0.4f);
    private static final Color RED = new Color(0.75f, 0.1f, 0.1f);

    private final List<String> fontPaths;
    private final String publicBaseUrl;

    ReportPdfRenderer(@Value("${spotcheck.report.fonts:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") List<String> fontPaths,
            @Value("${spotcheck.public-base-url:http://localhost:8080}") String publicBaseUrl) {
        this.fontPaths = fontPaths;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
    }

    /** The URL the QR code opens: the public verify page for this number and hash. */
    String verifyUrl(String reportNo, String contentHash) {
        return publicBaseUrl + "/public/reports/verify?no=" + URLEncoder.encode(reportNo, StandardCharsets.UTF_8)
                + "&hash=" + contentHash;
    }

    byte[] render(ReportView report, LabSampleRow sample, String previousNo) {
        File fontFile = fontFile();
        try (PDDocument doc = new PDDocument(); TrueTypeCollection collection = collection(fontFile)) {
            PDFont font = collection == null ? PDType0Font.load(doc, fontFile) : PDType0Font.load(doc, firstFont(collection), true);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle("检验报告 " + report.reportNo());
            info.setCreator("Spotcheck");
            new Writer(doc, new SafeFont(font)).write(report, sample, previousNo, verifyUrl(report.reportNo(), report.contentHash()));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render report " + report.reportNo(), e);
        }
    }

    private File fontFile() {
        for (String path : fontPaths) {
            File file = new File(path.strip());
            if (file.isFile()) {
                return file;
            }
        }
        throw new IllegalStateException("no CJK font for the report PDF: none of spotcheck.report.fonts exists " + fontPaths
                + " (on Debian: apt-get install fonts-wqy-microhei)");
    }

    private static TrueTypeCollection collection(File file) throws IOException {
        return file.getName().toLowerCase().endsWith(".ttc") ? new TrueTypeCollection(file) : null;
    }

    private static TrueTypeFont firstFont(TrueTypeCollection collection) throws IOException {
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(f -> {
            if (first[0] == null) {
                first[0] = f;
            }
        });
        return first[0];
    }

    /** A font that draws a '?' for any character it has no glyph for, instead of failing. */
    static final class SafeFont {
        final PDFont font;
        private final Map<Integer, Boolean> known = new HashMap<>();

        SafeFont(PDFont font) {
            this.font = font;
        }

        String clean(String text) {
            if (text == null) {
                return "";
            }
            StringBuilder out = new StringBuilder(text.length());
            text.codePoints().forEach(cp -> {
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    out.append(' ');
                } else if (known.computeIfAbsent(cp, this::hasGlyph)) {
                    out.appendCodePoint(cp);
                } else {
                    out.append('?');
                }
            });
            return out.toString();
        }

        private boolean hasGlyph(int cp) {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }

        float width(String clean, float size) {
            try {
                return font.getStringWidth(clean) / 1000 * size;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** Splits cleaned text into lines no wider than {@code width}; CJK text breaks between any two characters. */
        List<String> wrap(String text, float size, float width) {
            String clean = clean(text);
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            int[] cps = clean.codePoints().toArray();
            for (int cp : cps) {
                String next = line + new String(Character.toChars(cp));
                if (line.length() > 0 && width(next, size) > width) {
                    // Latin words break at the last space of the line when there is one; CJK anywhere
                    int space = line.lastIndexOf(" ");
                    String carry = "";
                    if (cp != ' ' && space > 0 && !Character.isIdeographic(cp) && space >= line.length() / 2) {
                        carry = line.substring(space + 1);
                        line.setLength(space);
                    }
                    lines.add(line.toString().stripTrailing());
                    line.setLength(0);
                    line.append(carry);
                    if (cp == ' ' && carry.isEmpty()) {
                        continue;
                    }
                }
                line.appendCodePoint(cp);
            }
            if (line.length() > 0 || lines.isEmpty()) {
                lines.add(line.toString().stripTrailing());
            }
            return lines;
        }
    }

    /** Lays out the pages top to bottom, starting a new page when the next block does not fit. */
    private static final class Writer {
        private final PDDocument doc;
        private final SafeFont f;
        private final float pageWidth = PDRectangle.A4.getWidth();
        private final float contentWidth = pageWidth - 2 * MARGIN;
        private PDPageContentStream out;
        private float y;
        private int pages;

        Writer(PDDocument doc, SafeFont font) {
            this.doc = doc;
            this.f = font;
        }

        void write(ReportView r, LabSampleRow s, String previousNo, String verifyUrl) throws IOException {
            newPage(r);
            centered("检 验 报 告", 22, Color.BLACK);
            centered("TEST REPORT", 10, GREY);
            y -= 6;
            text("报告编号：" + r.reportNo() + (r.version() > 1 ? "（第 " + r.version() + " 版）" : ""), 11, Color.BLACK);
            text("签发日期：" + DATE.format(r.issuedAt().atZone(CHINA)), 11, Color.BLACK);
            if (previousNo != null) {
                paragraph("本报告为更正版本，替代报告 " + previousNo + "；更正原因：" + r.correctionReason(), 10, RED);
            }
            y -= 6;
            heading("承检机构");
            keyValue("名称", s.labName == null ? s.labCode : s.labName);
            keyValue("地址", s.labAddress);
            keyValue("资质认定", s.labAccreditationNo);
            heading("样品信息");
            keyValue("样品名称", s.productName);
            keyValue("被抽样单位", s.enterpriseName);
            keyValue("样品编号", s.sampleCode);
            keyValue("任务编号", s.taskCode);
            keyValue("检验依据", s.ruleTitle + "（" + s.ruleVersion + "）");
            heading("检验结论");
            paragraph(r.conclusionZh(), 14, r.conforming() ? Color.BLACK : RED);
            if (!r.failedItems().isEmpty()) {
                paragraph("不合格项目：" + String.join("、", r.failedItems()), 10, RED);
            }
            heading("检验项目");
            table(r.items());
            List<String> notes = new ArrayList<>();
            for (LabSampleView.Item i : r.items()) {
                if (i.overridden()) {
                    notes.add("※ " + i.code() + " " + i.nameZh() + "：人工改判，系统判定为" + zh(i.computedVerdict()) + "，改判为"
                            + zh(i.verdict()) + "；理由：" + i.overrideReason());
                }
            }
            if (!notes.isEmpty()) {
                y -= 4;
                for (String note : notes) {
                    paragraph(note, 9, RED);
                }
            }
            y -= 8;
            need(40);
            text("编制：" + nz(r.draftedBy()) + "      审核：" + nz(r.reviewedBy()) + "      批准（授权签字人）：" + nz(r.approvedBy()), 10,
                    Color.BLACK);
            qr(r, verifyUrl);
            out.close();
        }

        private void newPage(ReportView r) throws IOException {
            if (out != null) {
                out.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            out = new PDPageContentStream(doc, page);
            pages++;
            y = page.getMediaBox().getHeight() - MARGIN;
            footer(r);
        }

        private ReportView current;

        private void footer(ReportView r) throws IOException {
            current = r;
            draw(MARGIN, 28, f.clean("报告编号 " + r.reportNo() + " · 第 " + pages + " 页 · 内容摘要 SHA-256 " + r.contentHash()),
                    7, GREY);
        }

        private void need(float height) throws IOException {
            if (y - height < BOTTOM) {
                newPage(current);
            }
        }

        private void centered(String text, float size, Color color) throws IOException {
            String clean = f.clean(text);
            need(size + 6);
            y -= size + 4;
            draw((pageWidth - f.width(clean, size)) / 2, y, clean, size, color);
        }

        private void text(String text, float size, Color color) throws IOException {
            need(size + 5);
            y -= size + 4;
            draw(MARGIN, y, f.clean(text), size, color);
        }

        private void paragraph(String text, float size, Color color) throws IOException {
            for (String line : f.wrap(text, size, contentWidth)) {
                text(line, size, color);
            }
        }

        private void heading(String text) throws IOException {
            need(40);
            y -= 6;
            text(text, 12, Color.BLACK);
            out.setStrokingColor(GREY);
            out.setLineWidth(0.5f);
            out.moveTo(MARGIN, y - 3);
            out.lineTo(pageWidth - MARGIN, y - 3);
            out.stroke();
            y -= 4;
        }

        private void keyValue(String key, String value) throws IOException {
            float size = 10;
            float keyWidth = 72;
            List<String> lines = f.wrap(nz(value), size, contentWidth - keyWidth);
            need(lines.size() * (size + 4) + 2);
            for (int i = 0; i < lines.size(); i++) {
                y -= size + 4;
                if (i == 0) {
                    draw(MARGIN, y, f.clean(key + "："), size, GREY);
                }
                draw(MARGIN + keyWidth, y, lines.get(i), size, Color.BLACK);
            }
        }

        private static final String[] HEADERS = {"序号", "检验项目", "类别", "标准要求", "检验结果", "单项判定"};
        private static final float[] WIDTHS = {30, 110, 30, 165, 95, 69};

        private void table(List<LabSampleView.Item> items) throws IOException {
            row(HEADERS, 9, true, Color.BLACK);
            int n = 0;
            for (LabSampleView.Item i : items) {
                n++;
                String result = result(i);
                String verdict = zh(i.verdict()) + (i.overridden() ? " ※" : "");
                row(new String[] {String.valueOf(n), i.code() + " " + i.nameZh(), i.itemClass(), i.limitDisplay(), result, verdict},
                        9, false, "FAIL".equals(i.verdict()) ? RED : Color.BLACK);
            }
        }

        /**
         * The result as the lab wrote it, with the Chinese unit (issue 12: no English on the report). A
         * bare 未检出 judged with the rule's detection limit shows that limit in brackets, never a 0.
         */
        static String result(LabSampleView.Item i) {
            boolean numeric = !"QUALITATIVE".equals(i.limitType()) && !"ENUMERATION".equals(i.limitType());
            String unit = i.unitShown();
            String measured = nz(i.measured());
            if (i.detectionLimit() != null && !measured.contains("<") && !measured.contains("＜")
                    && MeasuredValue.parse(measured).kind() == MeasuredValue.Kind.NOT_DETECTED) {
                return measured + "（检出限 " + i.detectionLimit().stripTrailingZeros().toPlainString()
                        + (unit == null ? "" : " " + unit) + "）";
            }
            return measured + (unit == null || !numeric ? "" : " " + unit);
        }

        private void row(String[] cells, float size, boolean header, Color color) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (int c = 0; c < cells.length; c++) {
                List<String> cell = f.wrap(cells[c], size, WIDTHS[c] - 6);
                wrapped.add(cell);
                lines = Math.max(lines, cell.size());
            }
            float height = lines * (size + 3) + 6;
            if (y - height < BOTTOM) {
                newPage(current);
                if (!header) {
                    row(HEADERS, 9, true, Color.BLACK);
                }
            }
            float x = MARGIN;
            float top = y;
            out.setStrokingColor(GREY);
            out.setLineWidth(0.4f);
            for (int c = 0; c < cells.length; c++) {
                out.addRect(x, top - height, WIDTHS[c], height);
                out.stroke();
                float ty = top - 3;
                for (String line : wrapped.get(c)) {
                    ty -= size + 3;
                    draw(x + 3, ty + 2, line, size, header ? Color.BLACK : (c == 5 ? color : Color.BLACK));
                }
                x += WIDTHS[c];
            }
            y = top - height;
        }

        private void qr(ReportView r, String url) throws IOException {
            float size = 96;
            if (y - size - 30 < BOTTOM) {
                newPage(r);
            }
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IOException("cannot encode the verify URL as a QR code", e);
            }
            float module = size / matrix.getWidth();
            float left = pageWidth - MARGIN - size;
            float top = y - 12;
            out.setNonStrokingColor(Color.BLACK);
            for (int row = 0; row < matrix.getHeight(); row++) {
                for (int col = 0; col < matrix.getWidth(); col++) {
                    if (matrix.get(col, row)) {
                        out.addRect(left + col * module, top - (row + 1) * module, module, module);
                    }
                }
            }
            out.fill();
            float textWidth = contentWidth - size - 12;
            float ty = top - 10;
            for (String line : f.wrap("扫描二维码或访问以下地址，核验本报告的编号与内容摘要是否与签发时一致：", 9, textWidth)) {
                draw(MARGIN, ty, line, 9, Color.BLACK);
                ty -= 12;
            }
            for (String line : f.wrap(url, 7, textWidth)) {
                draw(MARGIN, ty, line, 7, GREY);
                ty -= 10;
            }
            y = Math.min(ty, top - size) - 6;
        }

        private void draw(float x, float baseline, String clean, float size, Color color) throws IOException {
            out.beginText();
            out.setFont(f.font, size);
            out.setNonStrokingColor(color);
            out.newLineAtOffset(x, baseline);
            out.showText(clean);
            out.endText();
        }

        private static String zh(String verdict) {
            return verdict == null ? "" : "PASS".equals(verdict) ? "符合" : "不符合";
        }

        private static String nz(String text) {
            return text == null || text.isBlank() ? "—" : text;
        }
    }
}
