package org.spotcheck.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The S5 "files" bad inputs: each refused with its rule, a genuine file accepted. */
class UploadsTest {

    private static final Set<Uploads.FileType> DOCUMENTS = Set.of(Uploads.FileType.PDF, Uploads.FileType.PNG, Uploads.FileType.JPEG);
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    private static String rule(String name, byte[] content) {
        try {
            Uploads.check("file", name, content, DOCUMENTS);
            return null;
        } catch (InvalidInputException e) {
            assertThat(e.violations().get(0).field()).isEqualTo("file");
            return e.violations().get(0).rule();
        }
    }

    private static byte[] concat(byte[] a, String b) {
        byte[] tail = b.getBytes(StandardCharsets.ISO_8859_1);
        byte[] out = Arrays.copyOf(a, a.length + tail.length);
        System.arraycopy(tail, 0, out, a.length, tail.length);
        return out;
    }

    @Test
    void aPhotoOfSeveralMegabytesWhoseCompressedBytesHappenToSpellShortTagsPasses() {
        byte[] photo = Arrays.copyOf(JPEG, 5 * 1024 * 1024);
        new java.util.Random(20261207L).nextBytes(photo); // compressed image data looks random
        System.arraycopy(JPEG, 0, photo, 0, JPEG.length);
        byte[] withTags = concat(photo, "<%<sv<svgz<scrip");
        assertThat(new String(withTags, StandardCharsets.ISO_8859_1)).contains("<%");
        assertThat(rule("现场照片.jpg", withTags)).isNull();
        assertThat(rule("polyglot.jpg", concat(JPEG, "<svg onload=alert(1)>"))).isEqualTo("FILE_ACTIVE_CONTENT");
    }

    @Test
    void genuineFilesPass() {
        assertThat(rule("检验报告.pdf", PDF)).isNull();
        assertThat(rule("seal photo.PNG", PNG)).isNull();
        assertThat(rule("现场.jpeg", JPEG)).isNull();
    }

    @Test
    void contentMustBeWhatTheExtensionSays() {
        assertThat(rule("shell.pdf", "<%@ page import=\"java.io.*\" %>".getBytes(StandardCharsets.UTF_8))).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(rule("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8))).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(rule("image.pdf", PNG)).isEqualTo("FILE_TYPE_MISMATCH");
        assertThat(rule("report.png", PDF)).isEqualTo("FILE_TYPE_MISMATCH");
    }

    @Test
    void activeContentIsRefused() {
        assertThat(rule("report.pdf", concat(PDF, "<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"))).isEqualTo("FILE_ACTIVE_CONTENT");
        assertThat(rule("polyglot.jpg", concat(JPEG, "*/=1;<script>alert(1)</script>"))).isEqualTo("FILE_ACTIVE_CONTENT");
        assertThat(rule("vector.svg", "<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEqualTo("FILE_TYPE_NOT_ALLOWED");
    }

    @Test
    void typesOutsideTheListAreRefused() {
        assertThat(rule("bomb.zip", new byte[] {'P', 'K', 3, 4})).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        assertThat(rule("index.html", "<html>".getBytes(StandardCharsets.UTF_8))).isEqualTo("FILE_TYPE_NOT_ALLOWED");
        assertThat(rule("run.jsp", "<% %>".getBytes(StandardCharsets.UTF_8))).isEqualTo("FILE_TYPE_NOT_ALLOWED");
    }

    @Test
    void sizeLimitsHold() {
        assertThat(rule("empty.pdf", new byte[0])).isEqualTo("FILE_EMPTY");
        byte[] overLimit = Arrays.copyOf(PDF, (int) Uploads.MAX_BYTES + 1);
        assertThat(rule("big.pdf", overLimit)).isEqualTo("FILE_TOO_LARGE");
        byte[] atLimit = Arrays.copyOf(PDF, (int) Uploads.MAX_BYTES);
        assertThat(rule("big.pdf", atLimit)).isNull();
    }

    @Test
    void fileNamesArePlainNames() {
        for (String name : new String[] {"../../etc/passwd.pdf", "..\\boot.pdf", "a\u0000.pdf", "report\r\nSet-Cookie: x.pdf",
            "invoice\u202Efdp.exe.pdf", "x".repeat(252) + ".pdf", "CON.pdf", "nul.pdf", "lpt1.pdf", "report.pdf.", ".pdf",
            "noextension", "C:report.pdf"}) {
            assertThat(rule(name, PDF)).as(name.replace("\u0000", "\\0")).isEqualTo("FILE_NAME_INVALID");
        }
    }
}
