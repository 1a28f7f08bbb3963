package org.spotcheck.sampling.internal.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void recognisesJpegPngAndPdfByTheirFirstBytes() {
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0})).contains(FileType.JPEG);
        assertThat(FileType.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0})).contains(FileType.PNG);
        assertThat(FileType.detect("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileType.PDF);
    }

    @Test
    void refusesEverythingElseWhateverItsName() {
        assertThat(FileType.detect("<html><script>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileType.detect(new byte[] {'M', 'Z', 0, 0})).isEmpty();
        assertThat(FileType.detect(new byte[] {(byte) 0xFF, (byte) 0xD8})).isEmpty();
        assertThat(FileType.detect(new byte[0])).isEmpty();
        assertThat(FileType.detect(null)).isEmpty();
    }
}
