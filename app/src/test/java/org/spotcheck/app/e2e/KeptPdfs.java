package org.spotcheck.app.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** The documents the tests keep under target/documents, read back as an inspector reads them: page by page. */
final class KeptPdfs {

    private KeptPdfs() {
    }

    /** The text of each page of a PDF kept under target/documents, without white space. */
    static List<String> pages(String name) throws IOException {
        try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(Path.of("target", "documents", name + ".pdf")))) {
            List<String> pages = new ArrayList<>();
            for (int n = 1; n <= doc.getNumberOfPages(); n++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(n);
                stripper.setEndPage(n);
                pages.add(stripper.getText(doc).replaceAll("\\s+", ""));
            }
            return pages;
        }
    }
}
