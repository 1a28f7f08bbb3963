package org.spotcheck.shared.pdf;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The CJK font of an {@link OfficialPdf}, embedded as a subset: the text as it can draw it, its width, and
 * the lines a text breaks into (CJK anywhere, Latin words at a space, 禁则 for closing marks).
 */
final class PdfFont implements AutoCloseable {

    /** Marks that must not begin a line (GB/T 15834 usage, as printed documents set them). */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’】〕";

    private final TrueTypeCollection collection;
    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    PdfFont(PDDocument doc, List<String> fontPaths) throws IOException {
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
    }

    PDFont font() {
        return font;
    }

    /** The text as the font can draw it: '?' for a character it has no glyph for, a space for control characters. */
    String clean(String text) {
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

    float width(String clean, float size) {
        try {
            return font.getStringWidth(clean) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines no wider than {@code width} (the first {@code indent} narrower); CJK breaks anywhere, Latin words at a space. */
    List<String> wrap(String text, float size, float maxWidth, float indent) {
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

    @Override
    public void close() throws IOException {
        if (collection != null) {
            collection.close();
        }
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
