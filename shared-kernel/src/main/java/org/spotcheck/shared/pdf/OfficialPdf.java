package org.spotcheck.shared.pdf;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The one layout of the official documents (抽样单, 检验报告, 检验结果通知书, 责令整改通知书, 移送函; ADR 0021):
 * an A4 page written top to bottom in a CJK font embedded as a subset, with the parts the authorities and
 * labs print (GB/T 9704-2012 党政机关公文格式, as far as a generated document follows it): the title
 * centred, the document number (文号) under it, the addressee, paragraphs indented by two characters,
 * labelled fields in a ruled table, signature lines, the issuer's seal block with its date, a QR code
 * to verify, and 第 x 页 共 y 页 at the foot of every page (written once the page count is known).
 *
 * <p>The CJK font comes from the system: the first existing file of the given paths (Debian's
 * {@code fonts-wqy-microhei} by default, see {@link #DEFAULT_FONTS}). Characters the font cannot draw
 * print as '?', control characters as a space; the document never fails on its text.
 */
public final class OfficialPdf implements AutoCloseable {

    /** Where a CJK TrueType font is looked for, in this order. */
    public static final String DEFAULT_FONTS = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    public static final Color BLACK = Color.BLACK;
    public static final Color GREY = new Color(0.4f, 0.4f, 0.4f);
    public static final Color RED = new Color(0.75f, 0.1f, 0.1f);

    private static final float MARGIN = 56;
    private static final float BOTTOM = 64;
    private static final float BODY = 11.5f;
    /** Marks that must not begin a line (GB/T 15834 usage, as printed documents set them). */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’】〕";

    private final PDDocument doc;
    private final TrueTypeCollection collection;
    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();
    private final String footerLabel;
    private final float pageWidth = PDRectangle.A4.getWidth();
    private final float contentWidth = pageWidth - 2 * MARGIN;
    private PDPageContentStream out;
    private float y;
    /** A line drawn at the top of every page after the first (the document's number), null for none. */
    private String runningHead;
    /** The header row of the table being written, repeated on a new page. */
    private String[] tableHeader;
    private float[] tableWidths;

    private OfficialPdf(List<String> fontPaths, String title, String footerLabel) throws IOException {
        this.footerLabel = footerLabel;
        this.doc = new PDDocument();
        File file = fontFile(fontPaths);
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            collection = new TrueTypeCollection(file);
            TrueTypeFont[] first = new TrueTypeFont[1];
            collection.processAllFonts(f -> {
                if (first[0] == null) {
                    first[0] = f;
                }
            });
            font = PDType0Font.load(doc, first[0], true);
        } else {
            collection = null;
            font = PDType0Font.load(doc, file);
        }
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Spotcheck");
        newPage();
    }

    /**
     * Starts a document.
     *
     * @param fontPaths   where to look for the CJK font
     * @param title       the PDF's title (document information)
     * @param footerLabel printed before the page number at the foot of each page (the document's number), or null
     */
    public static OfficialPdf start(List<String> fontPaths, String title, String footerLabel) {
        try {
            return new OfficialPdf(fontPaths, title, footerLabel);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the document " + title, e);
        }
    }

    /** The document's title, centred, in large type with the characters spaced as printed forms do. */
    public OfficialPdf title(String title) {
        return run(() -> {
            y -= 8;
            centered(title, 20, BLACK);
            y -= 4;
        });
    }

    /** A smaller centred line under the title: the issuer's name above a notice, or a form's subtitle. */
    public OfficialPdf centredLine(String text, float size) {
        return run(() -> centered(text, size, BLACK));
    }

    /** The document number (文号), centred under the title, and printed on the top of every later page. */
    public OfficialPdf documentNumber(String number) {
        return run(() -> {
            centered(number, BODY, BLACK);
            runningHead = number;
            y -= 4;
            rule(RED, 1.2f);
            y -= 8;
        });
    }

    /** A line on the right, e.g. 样品编号 on a form. */
    public OfficialPdf rightLine(String text, float size) {
        return run(() -> {
            String clean = clean(text);
            need(size + 6);
            y -= size + 4;
            draw(pageWidth - MARGIN - width(clean, size), y, clean, size, BLACK);
        });
    }

    /** The addressee (主送): "南京绿洁塑料制品有限公司：", flush left. */
    public OfficialPdf addressee(String text) {
        return run(() -> lines(text, BODY, BLACK, 0));
    }

    /** A body paragraph, its first line indented by two characters. */
    public OfficialPdf paragraph(String text) {
        return paragraph(text, BLACK);
    }

    public OfficialPdf paragraph(String text, Color color) {
        return run(() -> {
            lines(text, BODY, color, 2 * BODY);
            y -= 3;
        });
    }

    /** Small print: a note under a table, a legal basis. */
    public OfficialPdf note(String text, Color color) {
        return run(() -> lines(text, 9, color, 0));
    }

    /** A section heading with a rule under it. */
    public OfficialPdf heading(String text) {
        return run(() -> {
            need(48);
            y -= 6;
            String clean = clean(text);
            y -= 12 + 4;
            draw(MARGIN, y, clean, 12, BLACK);
            y -= 4;
            rule(GREY, 0.5f);
            y -= 2;
        });
    }

    /** Labelled fields, two columns of label and value per row, in a ruled table (the forms' layout). */
    public OfficialPdf fields(List<String[]> labelValuePairs) {
        return run(() -> {
            float labelWidth = 96;
            float[] widths = {labelWidth, contentWidth - labelWidth};
            for (String[] pair : labelValuePairs) {
                row(new String[] {pair[0], pair[1]}, widths, 10, false, BLACK, true);
            }
            y -= 6;
        });
    }

    /** A ruled table; the header repeats on a new page; a row whose last cell is marked red prints it red. */
    public OfficialPdf table(String[] header, float[] relativeWidths, List<String[]> rows, List<Boolean> red) {
        return run(() -> {
            float total = 0;
            for (float w : relativeWidths) {
                total += w;
            }
            float[] widths = new float[relativeWidths.length];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = relativeWidths[i] / total * contentWidth;
            }
            tableHeader = header;
            tableWidths = widths;
            row(header, widths, 9, true, BLACK, false);
            for (int r = 0; r < rows.size(); r++) {
                row(rows.get(r), widths, 9, false, red != null && red.get(r) ? RED : BLACK, false);
            }
            tableHeader = null;
            y -= 6;
        });
    }

    /** Signature lines: each "编制：张三" on one line, spread over the width. */
    public OfficialPdf signatures(String... entries) {
        return run(() -> {
            need(40);
            y -= 18;
            float step = contentWidth / entries.length;
            for (int i = 0; i < entries.length; i++) {
                draw(MARGIN + i * step, y, clean(entries[i]), BODY, BLACK);
            }
            y -= 8;
        });
    }

    /**
     * The issuer's block, bottom right: its full name, the date in words (2026年12月6日), and a round seal
     * area marked （印章） where the printed copy is stamped.
     */
    public OfficialPdf seal(String issuer, LocalDate date, String sealLabel) {
        return run(() -> {
            need(120);
            y -= 24;
            float radius = 40;
            String name = clean(issuer);
            String day = clean(date == null ? "年　月　日" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
            float right = pageWidth - MARGIN - 16;
            float nameX = right - width(name, BODY);
            float dayX = right - width(day, BODY) - (width(name, BODY) - width(day, BODY)) / 2;
            float cx = right - width(name, BODY) / 2;
            float cy = y - 30;
            out.setStrokingColor(RED);
            out.setLineWidth(1.2f);
            circle(cx, cy, radius);
            out.stroke();
            String label = clean(sealLabel);
            draw(cx - width(label, 9) / 2, cy - 3, label, 9, RED);
            y -= 32;
            draw(nameX, y, name, BODY, BLACK);
            y -= BODY + 8;
            draw(dayX, y, day, BODY, BLACK);
            y -= 20;
        });
    }

    /**
     * Two signing parties side by side, as forms end (抽样单位（盖章） | 被抽样单位（签字、盖章））: each a column of
     * lines with space above for the signature and seal.
     */
    public OfficialPdf parties(List<String> left, List<String> right) {
        return run(() -> {
            int count = Math.max(left.size(), right.size());
            need(count * (BODY + 10) + 60);
            y -= 12;
            float top = y;
            float half = contentWidth / 2;
            out.setStrokingColor(GREY);
            out.setLineWidth(0.5f);
            out.addRect(MARGIN, top - count * (BODY + 10) - 52, half, count * (BODY + 10) + 52);
            out.addRect(MARGIN + half, top - count * (BODY + 10) - 52, half, count * (BODY + 10) + 52);
            out.stroke();
            for (int i = 0; i < count; i++) {
                float ly = top - (i + 1) * (BODY + 10) - (i == 0 ? 0 : 40);
                if (i < left.size()) {
                    draw(MARGIN + 8, ly, clean(left.get(i)), BODY, BLACK);
                }
                if (i < right.size()) {
                    draw(MARGIN + half + 8, ly, clean(right.get(i)), BODY, BLACK);
                }
            }
            y = top - count * (BODY + 10) - 60;
        });
    }

    /** A QR code of {@code url} on the right with the caption and the address on the left. */
    public OfficialPdf qr(String url, String caption) {
        return run(() -> {
            float size = 84;
            need(size + 20);
            BitMatrix matrix;
            try {
                matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                        Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
            } catch (WriterException e) {
                throw new IOException("cannot encode the verification address as a QR code", e);
            }
            float module = size / matrix.getWidth();
            float left = pageWidth - MARGIN - size;
            float top = y - 10;
            out.setNonStrokingColor(BLACK);
            for (int r = 0; r < matrix.getHeight(); r++) {
                for (int c = 0; c < matrix.getWidth(); c++) {
                    if (matrix.get(c, r)) {
                        out.addRect(left + c * module, top - (r + 1) * module, module, module);
                    }
                }
            }
            out.fill();
            float textWidth = contentWidth - size - 16;
            float ty = top - 12;
            for (String line : wrap(caption, 9, textWidth, 0)) {
                draw(MARGIN, ty, line, 9, BLACK);
                ty -= 13;
            }
            for (String line : wrap(url, 7, textWidth, 0)) {
                draw(MARGIN, ty, line, 7, GREY);
                ty -= 10;
            }
            y = Math.min(ty, top - size) - 8;
        });
    }

    /** Empty space. */
    public OfficialPdf gap(float points) {
        y -= points;
        return this;
    }

    /** A diagonal mark across every page (预览 on a preview), written when the document is finished. */
    private String watermark;

    public OfficialPdf watermark(String text) {
        this.watermark = text;
        return this;
    }

    /** Writes the page numbers (第 x 页 共 y 页) and returns the PDF. */
    public byte[] finish() {
        try {
            out.close();
            out = null;
            int total = doc.getNumberOfPages();
            for (int i = 0; i < total; i++) {
                PDPage page = doc.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                    String number = clean("第 " + (i + 1) + " 页 共 " + total + " 页");
                    write(foot, (pageWidth - width(number, 9)) / 2, 30, number, 9, BLACK);
                    if (footerLabel != null) {
                        String label = clean(footerLabel);
                        write(foot, MARGIN, 30, label, 7, GREY);
                    }
                    if (watermark != null) {
                        String mark = clean(watermark);
                        org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState faint =
                                new org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState();
                        faint.setNonStrokingAlphaConstant(0.18f);
                        foot.setGraphicsStateParameters(faint);
                        foot.beginText();
                        foot.setFont(font, 72);
                        foot.setNonStrokingColor(new Color(0.85f, 0.2f, 0.2f));
                        foot.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.toRadians(35), 170, 300));
                        foot.showText(mark);
                        foot.endText();
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document", e);
        }
    }

    @Override
    public void close() {
        try {
            if (out != null) {
                out.close();
            }
            doc.close();
            if (collection != null) {
                collection.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ------------------------------------------------------------------------------------------ drawing

    private interface Step {
        void draw() throws IOException;
    }

    private OfficialPdf run(Step step) {
        try {
            step.draw();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
        if (runningHead != null && doc.getNumberOfPages() > 1) {
            String head = clean(runningHead);
            draw(pageWidth - MARGIN - width(head, 8), y + 16, head, 8, GREY);
        }
    }

    private void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    private void centered(String text, float size, Color color) throws IOException {
        for (String line : wrap(text, size, contentWidth, 0)) {
            need(size + 6);
            y -= size + 5;
            draw((pageWidth - width(line, size)) / 2, y, line, size, color);
        }
    }

    private void lines(String text, float size, Color color, float indent) throws IOException {
        List<String> lines = wrap(text, size, contentWidth, indent);
        for (int i = 0; i < lines.size(); i++) {
            need(size + 8);
            y -= size + 8;
            draw(MARGIN + (i == 0 ? indent : 0), y, lines.get(i), size, color);
        }
    }

    private void rule(Color color, float lineWidth) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.moveTo(MARGIN, y);
        out.lineTo(pageWidth - MARGIN, y);
        out.stroke();
    }

    private void row(String[] cells, float[] widths, float size, boolean header, Color color, boolean labelled) throws IOException {
        List<List<String>> wrapped = new ArrayList<>();
        int count = 1;
        for (int c = 0; c < cells.length; c++) {
            List<String> cell = wrap(cells[c] == null || cells[c].isBlank() ? "—" : cells[c], size, widths[c] - 8, 0);
            wrapped.add(cell);
            count = Math.max(count, cell.size());
        }
        float height = count * (size + 4) + 8;
        if (y - height < BOTTOM) {
            newPage();
            if (!header && tableHeader != null) {
                row(tableHeader, tableWidths, size, true, BLACK, false);
            }
        }
        float x = MARGIN;
        float top = y;
        out.setStrokingColor(GREY);
        out.setLineWidth(0.5f);
        for (int c = 0; c < cells.length; c++) {
            if (header || (labelled && c == 0)) {
                out.setNonStrokingColor(new Color(0.94f, 0.94f, 0.94f));
                out.addRect(x, top - height, widths[c], height);
                out.fill();
            }
            out.addRect(x, top - height, widths[c], height);
            out.stroke();
            float ty = top - 4;
            for (String line : wrapped.get(c)) {
                ty -= size + 4;
                Color ink = header || c < cells.length - 1 ? BLACK : color;
                draw(x + 4, ty + 2, line, size, ink);
            }
            x += widths[c];
        }
        y = top - height;
    }

    private void circle(float cx, float cy, float r) throws IOException {
        float k = 0.552284749831f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    }

    private void draw(float x, float baseline, String clean, float size, Color color) throws IOException {
        write(out, x, baseline, clean, size, color);
    }

    private void write(PDPageContentStream to, float x, float baseline, String clean, float size, Color color) throws IOException {
        to.beginText();
        to.setFont(font, size);
        to.setNonStrokingColor(color);
        to.newLineAtOffset(x, baseline);
        to.showText(clean);
        to.endText();
    }

    // ------------------------------------------------------------------------------------------ text

    /** The text as the font can draw it: '?' for a character it has no glyph for, a space for control characters. */
    public String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder clean = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                clean.append(' ');
            } else if (known.computeIfAbsent(cp, this::hasGlyph)) {
                clean.appendCodePoint(cp);
            } else {
                clean.append('?');
            }
        });
        return clean.toString();
    }

    private boolean hasGlyph(int cp) {
        try {
            font.encode(new String(Character.toChars(cp)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private float width(String clean, float size) {
        try {
            return font.getStringWidth(clean) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines no wider than {@code width} (the first {@code indent} narrower); CJK breaks anywhere, Latin words at a space. */
    private List<String> wrap(String text, float size, float maxWidth, float indent) {
        String clean = clean(text);
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int cp : clean.codePoints().toArray()) {
            float limit = lines.isEmpty() ? maxWidth - indent : maxWidth;
            String next = line + new String(Character.toChars(cp));
            // a closing mark never starts a line (禁则): it hangs past the margin instead
            if (line.length() > 0 && width(next, size) > limit && NO_LINE_START.indexOf(cp) < 0) {
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

    private static File fontFile(List<String> paths) {
        for (String path : paths) {
            File file = new File(path.strip());
            if (file.isFile()) {
                return file;
            }
        }
        throw new IllegalStateException("no CJK font for PDFs: none of spotcheck.report.fonts exists " + paths
                + " (on Debian: apt-get install fonts-wqy-microhei)");
    }
}
