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

    static void draw(PdfPages p, String url, String caption) throws IOException {
        p.need(SIZE + 20);
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(url, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IOException("cannot encode the verification address as a QR code", e);
        }
        float module = SIZE / matrix.getWidth();
        float left = p.pageWidth - MARGIN - SIZE;
        float top = p.y - 10;
        p.out.setNonStrokingColor(BLACK);
        for (int r = 0; r < matrix.getHeight(); r++) {
            for (int c = 0; c < matrix.getWidth(); c++) {
                if (matrix.get(c, r)) {
                    p.out.addRect(left + c * module, top - (r + 1) * module, module, module);
                }
            }
        }
        p.out.fill();
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
}
