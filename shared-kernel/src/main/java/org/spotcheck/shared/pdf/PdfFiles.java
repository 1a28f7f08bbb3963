package org.spotcheck.shared.pdf;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/** What a document says of a PDF file it lists: its page count (附件：1. 检验报告.pdf（3 页）). */
public final class PdfFiles {

    private PdfFiles() {
    }

    /** The number of pages of a PDF, or null where the bytes are not a PDF that can be read. */
    public static Integer pages(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            return null;
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
