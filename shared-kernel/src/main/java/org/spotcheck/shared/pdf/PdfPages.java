package org.spotcheck.shared.pdf;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.PDExtendedGraphicsState;
import org.apache.pdfbox.util.Matrix;

/**
 * The page frame of an {@link OfficialPdf}: A4 pages written top to bottom from a cursor {@link #y}, a new
 * page when a block does not fit (with the running head on every page after the first), the drawing
 * primitives, and at the end 第 x 页 共 y 页, the footer label and the watermark on every page.
 */
final class PdfPages implements AutoCloseable {

    static final float MARGIN = 56;
    static final float BOTTOM = 64;
    static final float BODY = 11.5f;

    final PDDocument doc;
    final PdfFont font;
    final float pageWidth = PDRectangle.A4.getWidth();
    final float contentWidth = pageWidth - 2 * MARGIN;
    PDPageContentStream out;
    /** Where the next line is written, from the bottom of the page. */
    float y;
    /** The top of the first page's writing area (a corner QR code is drawn from there). */
    float firstPageTop;
    /** A line drawn at the top of every page after the first (the document's number), null for none. */
    String runningHead;
    /**
     * The height the last line or row of the block being written must find room for below it: the closing blocks
     * (signatures, seal, verification) that follow, so they never stand on a page of their own (issue 17.3).
     */
    float tail;

    PdfPages(List<String> fontPaths, String title) throws IOException {
        this.doc = new PDDocument();
        this.font = new PdfFont(doc, fontPaths);
        doc.getDocumentInformation().setTitle(title);
        doc.getDocumentInformation().setCreator("Spotcheck");
        newPage();
    }

    void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = page.getMediaBox().getHeight() - MARGIN;
        if (doc.getNumberOfPages() == 1) {
            firstPageTop = y;
        }
        if (runningHead != null && doc.getNumberOfPages() > 1) {
            String head = font.clean(runningHead);
            draw(pageWidth - MARGIN - font.width(head, 8), y + 16, head, 8, OfficialPdf.GREY);
        }
    }

    void need(float height) throws IOException {
        if (y - height < BOTTOM) {
            newPage();
        }
    }

    void centered(String text, float size, Color color) throws IOException {
        List<String> lines = font.wrap(text, size, contentWidth, 0);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            need(size + 6 + (i == lines.size() - 1 ? tail : 0));
            y -= size + 5;
            draw((pageWidth - font.width(line, size)) / 2, y, line, size, color);
        }
    }

    void lines(String text, float size, Color color, float indent) throws IOException {
        List<String> lines = font.wrap(text, size, contentWidth, indent);
        for (int i = 0; i < lines.size(); i++) {
            need(size + 8 + (i == lines.size() - 1 ? tail : 0));
            y -= size + 8;
            draw(MARGIN + (i == 0 ? indent : 0), y, lines.get(i), size, color);
        }
    }

    void rule(Color color, float lineWidth) throws IOException {
        out.setStrokingColor(color);
        out.setLineWidth(lineWidth);
        out.moveTo(MARGIN, y);
        out.lineTo(pageWidth - MARGIN, y);
        out.stroke();
    }

    void circle(float cx, float cy, float r) throws IOException {
        float k = 0.552284749831f * r;
        out.moveTo(cx + r, cy);
        out.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
        out.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
        out.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
        out.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
    }

    void draw(float x, float baseline, String clean, float size, Color color) throws IOException {
        write(out, x, baseline, clean, size, color);
    }

    private void write(PDPageContentStream to, float x, float baseline, String clean, float size, Color color) throws IOException {
        to.beginText();
        to.setFont(font.font(), size);
        to.setNonStrokingColor(color);
        to.newLineAtOffset(x, baseline);
        to.showText(clean);
        to.endText();
    }

    /** Writes the page numbers (第 x 页 共 y 页), the footer label and the watermark, and returns the PDF. */
    byte[] finish(String footerLabel, String watermark) throws IOException {
        out.close();
        out = null;
        int total = doc.getNumberOfPages();
        for (int i = 0; i < total; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream foot = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                String number = font.clean("第 " + (i + 1) + " 页 共 " + total + " 页");
                write(foot, (pageWidth - font.width(number, 9)) / 2, 30, number, 9, OfficialPdf.BLACK);
                if (footerLabel != null) {
                    String label = font.clean(footerLabel);
                    write(foot, MARGIN, 30, label, 7, OfficialPdf.GREY);
                }
                if (watermark != null) {
                    watermark(foot, font.clean(watermark));
                }
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        doc.save(bytes);
        return bytes.toByteArray();
    }

    private void watermark(PDPageContentStream foot, String mark) throws IOException {
        PDExtendedGraphicsState faint = new PDExtendedGraphicsState();
        faint.setNonStrokingAlphaConstant(0.18f);
        foot.setGraphicsStateParameters(faint);
        foot.beginText();
        foot.setFont(font.font(), 72);
        foot.setNonStrokingColor(new Color(0.85f, 0.2f, 0.2f));
        foot.setTextMatrix(Matrix.getRotateInstance(Math.toRadians(35), 170, 300));
        foot.showText(mark);
        foot.endText();
    }

    @Override
    public void close() throws IOException {
        if (out != null) {
            out.close();
        }
        doc.close();
        font.close();
    }
}
