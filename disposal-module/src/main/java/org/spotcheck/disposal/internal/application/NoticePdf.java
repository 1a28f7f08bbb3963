package org.spotcheck.disposal.internal.application;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
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
import org.spotcheck.disposal.api.CaseView;
import org.spotcheck.disposal.api.RectificationView;
import org.spotcheck.disposal.internal.domain.StatutoryPeriod;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The result notice (检验结果通知书, domain.md stage G) as a PDF with real Chinese text, addressed to
 * the sampled enterprise or, when the sample came from a seller, to the producer named on the
 * label. Like the sampling form, it embeds a CJK TrueType font found on the system
 * ({@code spotcheck.report.fonts}).
 */
@Component
class NoticePdf {

    private static final float MARGIN = 56;

    private final List<String> fontPaths;
    private final DisposalSettings settings;

    NoticePdf(DisposalSettings settings, @Value("${spotcheck.report.fonts:/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf}") List<String> fontPaths) {
        this.fontPaths = fontPaths;
        this.settings = settings;
    }

    /** The window as the law words it (十五日, Product Quality Law art. 15), or as configured when it differs. */
    private String objectionWindow() {
        return settings.objectionWindow.equals(StatutoryPeriod.calendarDays(15)) ? "十五日" : settings.objectionWindow.zh();
    }

    byte[] render(CaseView c, boolean toProducer) {
        String addressee = toProducer ? c.producerName() : c.enterpriseName();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(addressee + "：");
        paragraphs.add("本机关组织的产品质量监督抽查中，" + (toProducer ? "从销售者 " + c.enterpriseName() + " 处" : "在你单位")
                + "抽取的样品（样品编号 " + c.sampleCode() + "，产品名称 " + c.productName() + "），经承检机构检验，检验报告编号 "
                + c.reportNo() + "，检验结论为：" + conclusion(c) + "。");
        if (!c.items().isEmpty()) {
            StringBuilder items = new StringBuilder("不合格项目：");
            for (CaseView.Item i : c.items()) {
                items.append(i.nameZh()).append("（").append(i.code()).append("，").append("A".equals(i.itemClass()) ? "A类" : "B类")
                        .append("）；");
            }
            paragraphs.add(items.toString());
        }
        LocalDate deadline = c.objectionDeadline();
        paragraphs.add("对检验结论有异议的，可以自收到本通知书之日起" + objectionWindow() + "内，向本机关或者其上级市场监督管理部门提出书面异议，"
                + "申请复检；复检利用备用样品进行，复检结论为最终结论。复检费用由申请人先行支付，复检结论与原检验结论一致的，"
                + "复检费用由申请人承担；不一致的，由本机关承担。逾期未提出异议的，视为认可检验结论。"
                + (deadline == null ? "" : "（按送达日计算，异议期至 " + deadline + "（含当日）。）"));
        paragraphs.add("检验结论为不合格的，被抽样生产者、销售者应当立即停止生产、销售同一产品，并按照责令整改通知进行整改。"
                + "（《中华人民共和国产品质量法》第十五条、第十七条；《产品质量监督抽查管理暂行办法》第六章）");
        paragraphs.add("送达方式：" + method(c.serviceMethod()) + (c.servedAt() == null ? "（待企业在线签收）" : ""));

        return document("检验结果通知书", "Notice of spot-check test result", c, paragraphs);
    }

    /**
     * 责令整改通知书 (R13, Order 18 art. 46): what to correct, the last day of the rectification period and the
     * last day by which the authority re-inspects (R14), the same days as the case, the inbox and the e-mail.
     */
    byte[] renderRectification(CaseView c) {
        RectificationView r = c.rectification();
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(c.enterpriseName() + "：");
        paragraphs.add("本机关组织的产品质量监督抽查中，你单位被抽样产品（" + c.productName() + "，样品编号 " + c.sampleCode()
                + "，检验报告编号 " + c.reportNo() + "）检验结论为" + conclusion(c) + "。根据《产品质量监督抽查管理暂行办法》第四十六条，"
                + "现责令你单位自 " + r.orderedOn() + " 起整改，整改期限至 " + r.dueOn() + "（含当日）。");
        paragraphs.add("整改要求：" + r.requirements());
        paragraphs.add("请于 " + r.dueOn() + "（含当日）前完成整改，并向本机关提交整改报告及证明材料。本机关将于 "
                + r.reinspectionDueOn() + "（含当日）前组织复查；复查样品由你单位无偿提供。");
        paragraphs.add("整改期间，应当停止生产、销售同一产品。（《中华人民共和国产品质量法》第十七条；《产品质量监督抽查管理暂行办法》第四十五条至第四十九条）");
        return document("责令整改通知书", "Rectification order", c, paragraphs);
    }

    private byte[] document(String title, String subtitle, CaseView c, List<String> paragraphs) {
        File fontFile = fontFile();
        try (PDDocument doc = new PDDocument()) {
            PDFont font = load(doc, fontFile);
            doc.getDocumentInformation().setTitle(title + " " + c.reportNo());
            doc.getDocumentInformation().setCreator("Spotcheck");
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            float width = page.getMediaBox().getWidth() - 2 * MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                float y = page.getMediaBox().getHeight() - MARGIN;
                y = text(out, font, 18, MARGIN + 150, y, title);
                y = text(out, font, 9, MARGIN + 120, y - 2, subtitle);
                y = text(out, font, 10, MARGIN, y - 8, "案件编号：" + c.taskCode() + "    组织抽查机关：" + c.authorityCode());
                y -= 8;
                for (String p : paragraphs) {
                    for (String line : wrap(font, 11, p, width)) {
                        y = text(out, font, 11, MARGIN, y, line);
                    }
                    y -= 6;
                }
                y -= 24;
                text(out, font, 11, MARGIN + 260, y, "（组织抽查的市场监督管理部门印章）");
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the " + subtitle + " of case " + c.taskCode(), e);
        }
    }

    private static String conclusion(CaseView c) {
        return "NO_NONCONFORMITY_FOUND".equals(c.conclusion()) ? "所检项目未发现不合格"
                : "不合格" + ("SERIOUS".equals(c.grade()) ? "（严重不合格）" : "（一般不合格）");
    }

    private static String method(String method) {
        if (method == null) {
            return "—";
        }
        return switch (method) {
            case "IN_PERSON" -> "直接送达";
            case "POST" -> "邮寄送达";
            case "EMAIL" -> "电子邮件送达";
            case "IN_APP" -> "系统送达";
            default -> "网上送达";
        };
    }

    private static float text(PDPageContentStream out, PDFont font, float size, float x, float y, String text) throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y - size);
        out.showText(printable(font, text));
        out.endText();
        return y - size * 1.5f;
    }

    /** Breaks text into lines that fit; CJK text breaks between any two characters. */
    private static List<String> wrap(PDFont font, float size, String text, float maxWidth) throws IOException {
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
