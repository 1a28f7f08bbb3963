package org.spotcheck.shared.pdf;

import static org.spotcheck.shared.pdf.PdfPages.BODY;
import static org.spotcheck.shared.pdf.PdfPages.MARGIN;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
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
    /** The parts in the order they are written. */
    private final List<Block> blocks = new ArrayList<>();
    /** While a heading is written: the height of the first line or row after it, which it stays with. */
    private float keepWithNext;

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
        return text(() -> {
            p.y -= 8;
            p.centered(title, 20, BLACK);
            p.y -= 4;
        });
    }

    /** A smaller centred line under the title: the issuer's name above a notice, or a form's subtitle. */
    public OfficialPdf centredLine(String text, float size) {
        return text(() -> p.centered(text, size, BLACK));
    }

    /** The document number (文号), centred under the title, and printed on the top of every later page. */
    public OfficialPdf documentNumber(String number) {
        return text(() -> {
            p.centered(number, BODY, BLACK);
            p.runningHead = number;
            p.y -= 4;
            p.rule(RED, 1.2f);
            p.y -= 8;
        });
    }

    /** A line on the right, e.g. 样品编号 on a form. */
    public OfficialPdf rightLine(String text, float size) {
        return text(() -> {
            String clean = clean(text);
            p.need(size + 6 + p.tail);
            p.y -= size + 4;
            p.draw(p.pageWidth - MARGIN - p.font.width(clean, size), p.y, clean, size, BLACK);
        });
    }

    /** The addressee (主送): "南京绿洁塑料制品有限公司：", flush left. */
    public OfficialPdf addressee(String text) {
        return add(new Block(() -> p.lines(text, BODY, BLACK, 0), Role.TEXT, tail -> BODY + 8 + tail, 0, 0, 0));
    }

    /** A body paragraph, its first line indented by two characters. */
    public OfficialPdf paragraph(String text) {
        return paragraph(text, BLACK);
    }

    public OfficialPdf paragraph(String text, Color color) {
        int lines = p.font.wrap(text, BODY, p.contentWidth, 2 * BODY).size();
        return add(new Block(() -> {
            p.lines(text, BODY, color, 2 * BODY);
            p.y -= 3;
        }, Role.TEXT, tail -> BODY + 8 + (lines == 1 ? tail : 0), 0, 0, 3));
    }

    /** Small print: a note under a table, a legal basis. */
    public OfficialPdf note(String text, Color color) {
        int lines = p.font.wrap(text, 9, p.contentWidth, 0).size();
        return add(new Block(() -> p.lines(text, 9, color, 0), Role.TEXT, tail -> 17 + (lines == 1 ? tail : 0), lines * 17f, lines * 17f, 0));
    }

    /**
     * A section heading with a rule under it; it stays on the page of what follows it (the first line or row of the next
     * block, and the closing blocks too when that line or row is the last before them), never alone at a page's foot.
     */
    public OfficialPdf heading(String text) {
        return text(() -> {
            p.need(Math.max(48, 28 + keepWithNext));
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
        float labelWidth = labelWidth(labelValuePairs);
        float[] widths = {labelWidth, p.contentWidth - labelWidth};
        return add(new Block(() -> {
            PdfTable form = new PdfTable(p, null, widths);
            for (int i = 0; i < labelValuePairs.size(); i++) {
                String[] pair = labelValuePairs.get(i);
                form.row(new String[] {pair[0], pair[1]}, 10, false, BLACK, true, i == labelValuePairs.size() - 1 ? p.tail : 0);
            }
            p.y -= 6;
        }, Role.TEXT, tail -> labelValuePairs.isEmpty() ? 0
                : new PdfTable(p, null, widths).height(labelValuePairs.get(0), 10) + (labelValuePairs.size() == 1 ? tail : 0), 0, 0, 6));
    }

    /** The label column: 96 points, wider where a label would wrap (样品单价 / 支付金额), at most a third of the width. */
    private float labelWidth(List<String[]> labelValuePairs) {
        float widest = 96;
        for (String[] pair : labelValuePairs) {
            widest = Math.max(widest, p.font.width(clean(pair[0] == null ? "" : pair[0]), 10) + 10);
        }
        return Math.min(widest, p.contentWidth / 3);
    }

    /** A ruled table; the header repeats on a new page; a row whose last cell is marked red prints it red. */
    public OfficialPdf table(String[] header, float[] relativeWidths, List<String[]> rows, List<Boolean> red) {
        float[] widths = PdfTable.spread(relativeWidths, p.contentWidth);
        return add(new Block(() -> {
            PdfTable table = new PdfTable(p, header, widths);
            // the header row never stands alone at a page's foot: it goes with the first row
            p.need(table.height(header, 9) + (rows.isEmpty() ? 0 : table.height(rows.get(0), 9)) + (rows.size() <= 1 ? p.tail : 0));
            table.header(9);
            for (int r = 0; r < rows.size(); r++) {
                table.row(rows.get(r), 9, false, red != null && red.get(r) ? RED : BLACK, false, r == rows.size() - 1 ? p.tail : 0);
            }
            p.y -= 6;
        }, Role.TEXT, tail -> {
            PdfTable table = new PdfTable(p, header, widths);
            return table.height(header, 9) + (rows.isEmpty() ? 0 : table.height(rows.get(0), 9)) + (rows.size() <= 1 ? tail : 0);
        }, 0, 0, 6));
    }

    /**
     * The attachment note (附件说明) under the body, laid out as GB/T 9704-2012 7.3.5 has it: a blank line, then
     * 附件： indented by two characters, the attachments numbered 1. 2. one under the other, a long name continuing
     * under its own first character. Nothing where there are none.
     */
    public OfficialPdf attachments(List<String> names) {
        if (names == null || names.isEmpty()) {
            return this;
        }
        return add(new Block(() -> {
            p.y -= BODY;
            String label = clean("附件：");
            float labelX = MARGIN + 2 * BODY;
            float numberX = labelX + p.font.width(label, BODY);
            for (int i = 0; i < names.size(); i++) {
                String number = clean((i + 1) + ". ");
                float nameX = numberX + p.font.width(number, BODY);
                List<String> lines = p.font.wrap(names.get(i), BODY, p.pageWidth - MARGIN - nameX, 0);
                for (int l = 0; l < lines.size(); l++) {
                    boolean last = i == names.size() - 1 && l == lines.size() - 1;
                    p.need(BODY + 8 + (last ? p.tail : 0));
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
        }, Role.TEXT, tail -> BODY + BODY + 8, 0, 0, 3));
    }

    /** Signature lines: each "编制：张三" on one line, spread over the width. */
    public OfficialPdf signatures(String... entries) {
        return add(new Block(() -> PdfSigning.signatures(p, entries), Role.CLOSING, null, PdfSigning.SIGNATURES, PdfSigning.SIGNATURES, 0));
    }

    /**
     * The issuer's block, bottom right: its full name, the date in words (2026年12月6日), and a round seal
     * area marked （印章） where the printed copy is stamped.
     */
    public OfficialPdf seal(String issuer, LocalDate date, String sealLabel) {
        return add(new Block(() -> PdfSigning.seal(p, issuer, date, sealLabel), Role.CLOSING, null, PdfSigning.SEAL, PdfSigning.SEAL, 0));
    }

    /**
     * Two signing parties side by side, as forms end (抽样单位（盖章） | 被抽样单位（签字、盖章））: each a column of
     * lines with space above for the signature and seal.
     */
    public OfficialPdf parties(List<String> left, List<String> right) {
        float height = PdfSigning.partiesHeight(left, right);
        return add(new Block(() -> PdfSigning.parties(p, left, right), Role.CLOSING, null, height, height, 0));
    }

    /** A QR code of {@code url} on the right with the caption and the address on the left. */
    public OfficialPdf qr(String url, String caption) {
        float height = PdfQr.height(p, url, caption);
        return add(new Block(() -> PdfQr.draw(p, url, caption), Role.CLOSING, null, height, height, 0));
    }

    /**
     * A small QR code of {@code url} in the first page's top left corner, beside the title, with a short caption
     * under it: for a one-page form such as the 抽样单. Call it after the title lines.
     */
    public OfficialPdf cornerQr(String url, String caption) {
        return add(new Block(() -> PdfQr.corner(p, url, caption), Role.SPACE, null, 0, 0, 0));
    }

    /** Empty space. */
    public OfficialPdf gap(float points) {
        return add(new Block(() -> p.y -= points, Role.SPACE, null, points, points, 0));
    }

    /** A diagonal mark across every page (预览 on a preview), written when the document is finished. */
    public OfficialPdf watermark(String text) {
        this.watermark = text;
        return this;
    }

    /** Lays the blocks out, writes the page numbers (第 x 页 共 y 页) and returns the PDF. */
    public byte[] finish() {
        try {
            layout();
            return p.finish(footerLabel, watermark);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the document", e);
        }
    }

    /**
     * Writes the blocks top to bottom. The closing blocks (signatures, seal, verification code, the parties' boxes) and
     * what follows them stay together on one page, and that page carries text of the body too: the last line or row
     * of the block before them goes with them to a new page when they do not fit under it (GB/T 9704-2012 7.3.5: the
     * seal does not stand on a page without text; issue 17.3: a short re-test report put its QR code alone on page 2).
     */
    private void layout() throws IOException {
        int first = -1;
        for (int i = 0; i < blocks.size() && first < 0; i++) {
            if (blocks.get(i).role == Role.CLOSING) {
                first = i;
            }
        }
        float group = 0;
        int tailBlock = -1;
        if (first >= 0) {
            float used = 0;
            for (int i = first; i < blocks.size(); i++) {
                group = Math.max(group, used + Math.max(blocks.get(i).room, blocks.get(i).takes));
                used += blocks.get(i).takes;
            }
            for (int i = first - 1; i >= 0 && tailBlock < 0; i--) {
                if (blocks.get(i).role == Role.TEXT) {
                    tailBlock = i;
                }
            }
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block next = i + 1 < blocks.size() ? blocks.get(i + 1) : null;
            keepWithNext = next == null || next.lead == null ? 0 : next.lead.of(i + 1 == tailBlock ? group + next.after : 0);
            if (i == first) {
                p.need(group);
            }
            // the last line of the block before the closing blocks finds room for them under it, and for the space after it
            p.tail = i == tailBlock ? group + blocks.get(i).after : 0;
            blocks.get(i).step.draw();
            p.tail = 0;
        }
        blocks.clear();
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

    /** The height of the first line or row of a block, with {@code tail} when it is also the last before the closing. */
    private interface Lead {
        float of(float tail);
    }

    private enum Role {
        /** Body text: the last line of the one before the closing blocks goes with them. */
        TEXT,
        /** Space, or a mark outside the flow of the text (the corner code). */
        SPACE,
        /** Signatures, seal, verification code, the parties' boxes: kept together with what follows them. */
        CLOSING
    }

    /**
     * A part of the document, written when the document is finished ({@link #layout()}), so that the parts before the
     * closing blocks know the room these need.
     *
     * @param room  the room the block asks for before it writes (a closing block or what follows it)
     * @param takes the height it writes
     * @param after the space it leaves under its last line
     */
    private record Block(Step step, Role role, Lead lead, float room, float takes, float after) {
    }

    private OfficialPdf add(Block block) {
        blocks.add(block);
        return this;
    }

    private OfficialPdf text(Step step) {
        return add(new Block(step, Role.TEXT, null, 0, 0, 0));
    }
}
