package org.spotcheck.shared.pdf;

import static org.spotcheck.shared.pdf.OfficialPdf.BLACK;
import static org.spotcheck.shared.pdf.OfficialPdf.GREY;
import static org.spotcheck.shared.pdf.PdfPages.MARGIN;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;

/** The verification block of an {@link OfficialPdf}: a QR code on the right, caption and address on the left. */
final class PdfQr {

    private static final float SIZE = 84;

    private PdfQr() {
    }

    /** The room the verification block takes: the code, or the caption and address beside it where they are longer. */
    static float height(PdfPages p, String url, String caption) {
        float textWidth = p.contentWidth - SIZE - 16;
        float text = 12 + 13 * p.font.wrap(caption, 9, textWidth, 0).size() + 10 * p.font.wrap(url, 7, textWidth, 0).size();
        return 10 + Math.max(text, SIZE) + 8;
    }

    static void draw(PdfPages p, String url, String caption) throws IOException {
        p.need(SIZE + 20);
        float left = p.pageWidth - MARGIN - SIZE;
        float top = p.y - 10;
        square(p, url, left, top, SIZE);
        float textWidth = p.contentWidth - SIZE - 16;
        float ty = top - 12;
        for (String line : p.font.wrap(caption, 9, textWidth, 0)) {
            p.draw(MARGIN, ty, line, 9, BLACK);
            ty -= 13;
        }
        for (String line : p.font.wrap(url, 7, textWidth, 0)) {
            p.draw(MARGIN, ty, line, 7, GREY);
            ty -= 10;
        }
        p.y = Math.min(ty, top - SIZE) - 8;
    }

    /**
     * A small QR code in the top left corner of the first page, beside the title, with a one-line caption under it,
     * for a one-page form that has no room for the verification block at its end; the next line starts below it.
     */
    static void corner(PdfPages p, String url, String caption) throws IOException {
        float top = p.firstPageTop;
        square(p, url, MARGIN, top, CORNER);
        p.draw(MARGIN, top - CORNER - 9, p.font.clean(caption), 6.5f, GREY);
        p.y = Math.min(p.y, top - CORNER - 14);
    }

    /** The side of the corner code: 60 pt (21 mm), readable by a phone at arm's length. */
    private static final float CORNER = 60;

    private static void square(PdfPages p, String url, float left, float top, float size) throws IOException {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IOException("cannot encode the verification address as a QR code", e);
        }
        float module = size / matrix.getWidth();
        p.out.setNonStrokingColor(BLACK);
        for (int r = 0; r < matrix.getHeight(); r++) {
            for (int c = 0; c < matrix.getWidth(); c++) {
                if (matrix.get(c, r)) {
                    p.out.addRect(left + c * module, top - (r + 1) * module, module, module);
                }
            }
        }
        p.out.fill();
    }
}
