package org.spotcheck.shared.pdf;

import static org.spotcheck.shared.pdf.PdfPages.BODY;
import static org.spotcheck.shared.pdf.PdfPages.MARGIN;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

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
 *
 * <p>The parts: {@link PdfPages} (page frame, cursor, page numbers), {@link PdfFont} (font, wrapping),
 * {@link PdfTable}, {@link PdfSigning} (signature and seal blocks), {@link PdfQr}.
 */
public final class OfficialPdf implements AutoCloseable {

    /** Where a CJK TrueType font is looked for, in this order. */
    public static final String DEFAULT_FONTS = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,"
            + "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,/usr/share/fonts/truetype/arphic/uming.ttc,"
            + "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf";

    public static final Color BLACK = Color.BLACK;
    public static final Color GREY = new Color(0.4f, 0.4f, 0.4f);
    public static final Color RED = new Color(0.75f, 0.1f, 0.1f);

    private final PdfPages p;
    private final String footerLabel;
    /** A diagonal mark across every page (预览 on a preview), written when the document is finished. */
    private String watermark;

    private OfficialPdf(List<String> fontPaths, String title, String footerLabel) throws IOException {
        this.footerLabel = footerLabel;
        this.p = new PdfPages(fontPaths, title);
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
            p.y -= 8;
            p.centered(title, 20, BLACK);
            p.y -= 4;
        });
    }

    /** A smaller centred line under the title: the issuer's name above a notice, or a form's subtitle. */
    public OfficialPdf centredLine(String text, float size) {
        return run(() -> p.centered(text, size, BLACK));
    }

    /** The document number (文号), centred under the title, and printed on the top of every later page. */
    public OfficialPdf documentNumber(String number) {
        return run(() -> {
            p.centered(number, BODY, BLACK);
            p.runningHead = number;
            p.y -= 4;
            p.rule(RED, 1.2f);
            p.y -= 8;
        });
    }

    /** A line on the right, e.g. 样品编号 on a form. */
    public OfficialPdf rightLine(String text, float size) {
        return run(() -> {
            String clean = clean(text);
            p.need(size + 6);
            p.y -= size + 4;
            p.draw(p.pageWidth - MARGIN - p.font.width(clean, size), p.y, clean, size, BLACK);
        });
    }

    /** The addressee (主送): "南京绿洁塑料制品有限公司：", flush left. */
    public OfficialPdf addressee(String text) {
        return run(() -> p.lines(text, BODY, BLACK, 0));
    }

    /** A body paragraph, its first line indented by two characters. */
    public OfficialPdf paragraph(String text) {
        return paragraph(text, BLACK);
    }

    public OfficialPdf paragraph(String text, Color color) {
        return run(() -> {
            p.lines(text, BODY, color, 2 * BODY);
            p.y -= 3;
        });
    }

    /** Small print: a note under a table, a legal basis. */
    public OfficialPdf note(String text, Color color) {
        return run(() -> p.lines(text, 9, color, 0));
    }

    /** A section heading with a rule under it. */
    public OfficialPdf heading(String text) {
        return run(() -> {
            p.need(48);
            p.y -= 6;
            String clean = clean(text);
            p.y -= 12 + 4;
            p.draw(MARGIN, p.y, clean, 12, BLACK);
            p.y -= 4;
            p.rule(GREY, 0.5f);
            p.y -= 2;
        });
    }

    /** Labelled fields, two columns of label and value per row, in a ruled table (the forms' layout). */
    public OfficialPdf fields(List<String[]> labelValuePairs) {
        return run(() -> {
            float labelWidth = 96;
            PdfTable form = new PdfTable(p, null, new float[] {labelWidth, p.contentWidth - labelWidth});
            for (String[] pair : labelValuePairs) {
                form.row(new String[] {pair[0], pair[1]}, 10, false, BLACK, true);
            }
            p.y -= 6;
        });
    }

    /** A ruled table; the header repeats on a new page; a row whose last cell is marked red prints it red. */
    public OfficialPdf table(String[] header, float[] relativeWidths, List<String[]> rows, List<Boolean> red) {
        return run(() -> {
            PdfTable table = new PdfTable(p, header, PdfTable.spread(relativeWidths, p.contentWidth));
            table.header(9);
            for (int r = 0; r < rows.size(); r++) {
                table.row(rows.get(r), 9, false, red != null && red.get(r) ? RED : BLACK, false);
            }
            p.y -= 6;
        });
    }

    /**
     * The attachment note (附件说明) under the body, laid out as GB/T 9704-2012 7.3.5 has it: a blank line, then
     * 附件： indented by two characters, the attachments numbered 1. 2. one under the other, a long name continuing
     * under its own first character. Nothing where there are none.
     */
    public OfficialPdf attachments(List<String> names) {
        return run(() -> {
            if (names == null || names.isEmpty()) {
                return;
            }
            p.y -= BODY;
            String label = clean("附件：");
            float labelX = MARGIN + 2 * BODY;
            float numberX = labelX + p.font.width(label, BODY);
            for (int i = 0; i < names.size(); i++) {
                String number = clean((i + 1) + ". ");
                float nameX = numberX + p.font.width(number, BODY);
                List<String> lines = p.font.wrap(names.get(i), BODY, p.pageWidth - MARGIN - nameX, 0);
                for (int l = 0; l < lines.size(); l++) {
                    p.need(BODY + 8);
                    p.y -= BODY + 8;
                    if (l == 0) {
                        if (i == 0) {
                            p.draw(labelX, p.y, label, BODY, BLACK);
                        }
                        p.draw(numberX, p.y, number, BODY, BLACK);
                    }
                    p.draw(nameX, p.y, lines.get(l), BODY, BLACK);
                }
            }
            p.y -= 3;
        });
    }

    /** Signature lines: each "编制：张三" on one line, spread over the width. */
    public OfficialPdf signatures(String... entries) {
        return run(() -> PdfSigning.signatures(p, entries));
    }

    /**
     * The issuer's block, bottom right: its full name, the date in words (2026年12月6日), and a round seal
     * area marked （印章） where the printed copy is stamped.
     */
    public OfficialPdf seal(String issuer, LocalDate date, String sealLabel) {
        return run(() -> PdfSigning.seal(p, issuer, date, sealLabel));
    }

    /**
     * Two signing parties side by side, as forms end (抽样单位（盖章） | 被抽样单位（签字、盖章））: each a column of
     * lines with space above for the signature and seal.
     */
    public OfficialPdf parties(List<String> left, List<String> right) {
        return run(() -> PdfSigning.parties(p, left, right));
    }

    /** A QR code of {@code url} on the right with the caption and the address on the left. */
    public OfficialPdf qr(String url, String caption) {
        return run(() -> PdfQr.draw(p, url, caption));
    }

    /**
     * A small QR code of {@code url} in the first page's top left corner, beside the title, with a short caption
     * under it: for a one-page form such as the 抽样单. Call it after the title lines.
     */
    public OfficialPdf cornerQr(String url, String caption) {
        return run(() -> PdfQr.corner(p, url, caption));
    }

    /** Empty space. */
    public OfficialPdf gap(float points) {
        p.y -= points;
        return this;
    }

    /** A diagonal mark across every page (预览 on a preview), written when the document is finished. */
    public OfficialPdf watermark(String text) {
        this.watermark = text;
        return this;
    }

    /** Writes the page numbers (第 x 页 共 y 页) and returns the PDF. */
    public byte[] finish() {
        try {
            return p.finish(footerLabel, watermark);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document", e);
        }
    }

    @Override
    public void close() {
        try {
            p.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text as the font can draw it: '?' for a character it has no glyph for, a space for control characters. */
    public String clean(String text) {
        return p.font.clean(text);
    }

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
}
