package org.spotcheck.shared.pdf;

import static org.spotcheck.shared.pdf.PdfPages.BOTTOM;
import static org.spotcheck.shared.pdf.PdfPages.MARGIN;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A ruled table of an {@link OfficialPdf}: cells wrapped to their column, a grey ground for the header row
 * and for the label column of a form, the header repeated on a new page.
 */
final class PdfTable {

    private static final Color GROUND = new Color(0.94f, 0.94f, 0.94f);

    private final PdfPages pages;
    /** The header row, repeated on a new page; null for a form's fields. */
    private final String[] header;
    private final float[] widths;

    PdfTable(PdfPages pages, String[] header, float[] widths) {
        this.pages = pages;
        this.header = header;
        this.widths = widths;
    }

    /** Widths in proportion to {@code relativeWidths} filling the content width. */
    static float[] spread(float[] relativeWidths, float contentWidth) {
        float total = 0;
        for (float w : relativeWidths) {
            total += w;
        }
        float[] widths = new float[relativeWidths.length];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = relativeWidths[i] / total * contentWidth;
        }
        return widths;
    }

    void header(float size) throws IOException {
        row(header, size, true, OfficialPdf.BLACK, false);
    }

    /**
     * One row; {@code color} inks the last cell, {@code labelled} greys the first cell (a form's label).
     */
    void row(String[] cells, float size, boolean isHeader, Color color, boolean labelled) throws IOException {
        row(cells, size, isHeader, color, labelled, 0);
    }

    /** The height of a row of these cells. */
    float height(String[] cells, float size) {
        return height(wrap(cells, size), size);
    }

    private List<List<String>> wrap(String[] cells, float size) {
        List<List<String>> wrapped = new ArrayList<>();
        for (int c = 0; c < cells.length; c++) {
            wrapped.add(pages.font.wrap(cells[c] == null || cells[c].isBlank() ? "—" : cells[c], size, widths[c] - 8, 0));
        }
        return wrapped;
    }

    private static float height(List<List<String>> wrapped, float size) {
        int count = 1;
        for (List<String> cell : wrapped) {
            count = Math.max(count, cell.size());
        }
        return count * (size + 4) + 8;
    }

    /** One row that must leave {@code below} points free under it on its page (the closing blocks after the last row). */
    void row(String[] cells, float size, boolean isHeader, Color color, boolean labelled, float below) throws IOException {
        List<List<String>> wrapped = wrap(cells, size);
        float height = height(wrapped, size);
        if (pages.y - height - below < BOTTOM) {
            pages.newPage();
            if (!isHeader && header != null) {
                header(size);
            }
        }
        float x = MARGIN;
        float top = pages.y;
        pages.out.setStrokingColor(OfficialPdf.GREY);
        pages.out.setLineWidth(0.5f);
        for (int c = 0; c < cells.length; c++) {
            if (isHeader || (labelled && c == 0)) {
                pages.out.setNonStrokingColor(GROUND);
                pages.out.addRect(x, top - height, widths[c], height);
                pages.out.fill();
            }
            pages.out.addRect(x, top - height, widths[c], height);
            pages.out.stroke();
            float ty = top - 4;
            for (String line : wrapped.get(c)) {
                ty -= size + 4;
                Color ink = isHeader || c < cells.length - 1 ? OfficialPdf.BLACK : color;
                pages.draw(x + 4, ty + 2, line, size, ink);
            }
            x += widths[c];
        }
        pages.y = top - height;
    }
}
