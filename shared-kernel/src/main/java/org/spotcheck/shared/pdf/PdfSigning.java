package org.spotcheck.shared.pdf;

import static org.spotcheck.shared.pdf.OfficialPdf.BLACK;
import static org.spotcheck.shared.pdf.OfficialPdf.GREY;
import static org.spotcheck.shared.pdf.OfficialPdf.RED;
import static org.spotcheck.shared.pdf.PdfPages.BODY;
import static org.spotcheck.shared.pdf.PdfPages.MARGIN;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/** The signing blocks at the end of an {@link OfficialPdf}: signature lines, the issuer's seal, two parties. */
final class PdfSigning {

    private PdfSigning() {
    }

    /** The room the signature line takes: 18 to its baseline, 8 under it. */
    static final float SIGNATURES = 26;
    /** The room the seal block takes: 24 above, the name and the date, the circle of 40 points around them. */
    static final float SEAL = 24 + 32 + BODY + 8 + 20;

    /** The room the two parties' boxes take. */
    static float partiesHeight(List<String> left, List<String> right) {
        return 12 + Math.max(left.size(), right.size()) * (BODY + 10) + 60;
    }

    static void signatures(PdfPages p, String... entries) throws IOException {
        p.need(SIGNATURES);
        p.y -= 18;
        float step = p.contentWidth / entries.length;
        for (int i = 0; i < entries.length; i++) {
            p.draw(MARGIN + i * step, p.y, p.font.clean(entries[i]), BODY, BLACK);
        }
        p.y -= 8;
    }

    static void seal(PdfPages p, String issuer, LocalDate date, String sealLabel) throws IOException {
        PdfFont font = p.font;
        p.need(SEAL);
        p.y -= 24;
        float radius = 40;
        String name = font.clean(issuer);
        String day = font.clean(date == null ? "年　月　日" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日");
        float right = p.pageWidth - MARGIN - 16;
        float nameX = right - font.width(name, BODY);
        float dayX = right - font.width(day, BODY) - (font.width(name, BODY) - font.width(day, BODY)) / 2;
        float cx = right - font.width(name, BODY) / 2;
        float cy = p.y - 30;
        p.out.setStrokingColor(RED);
        p.out.setLineWidth(1.2f);
        p.circle(cx, cy, radius);
        p.out.stroke();
        String label = font.clean(sealLabel);
        p.draw(cx - font.width(label, 9) / 2, cy - 3, label, 9, RED);
        p.y -= 32;
        p.draw(nameX, p.y, name, BODY, BLACK);
        p.y -= BODY + 8;
        p.draw(dayX, p.y, day, BODY, BLACK);
        p.y -= 20;
    }

    static void parties(PdfPages p, List<String> left, List<String> right) throws IOException {
        int count = Math.max(left.size(), right.size());
        p.need(partiesHeight(left, right));
        p.y -= 12;
        float top = p.y;
        float half = p.contentWidth / 2;
        p.out.setStrokingColor(GREY);
        p.out.setLineWidth(0.5f);
        p.out.addRect(MARGIN, top - count * (BODY + 10) - 52, half, count * (BODY + 10) + 52);
        p.out.addRect(MARGIN + half, top - count * (BODY + 10) - 52, half, count * (BODY + 10) + 52);
        p.out.stroke();
        for (int i = 0; i < count; i++) {
            float ly = top - (i + 1) * (BODY + 10) - (i == 0 ? 0 : 40);
            if (i < left.size()) {
                p.draw(MARGIN + 8, ly, p.font.clean(left.get(i)), BODY, BLACK);
            }
            if (i < right.size()) {
                p.draw(MARGIN + half + 8, ly, p.font.clean(right.get(i)), BODY, BLACK);
            }
        }
        p.y = top - count * (BODY + 10) - 60;
    }
}
