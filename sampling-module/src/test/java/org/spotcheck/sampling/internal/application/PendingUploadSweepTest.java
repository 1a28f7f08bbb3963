package org.spotcheck.sampling.internal.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * review16: a crash between an upload's commit and its file's rename left the file under its temporary name for good,
 * and a crash between a rollback and the delete left a file no row names. The sweep finishes both, and leaves alone a
 * file young enough to belong to a transaction still running, and any other file.
 */
class PendingUploadSweepTest {

    @TempDir
    Path uploads;

    private Path pending(String key, String ext, Duration age) throws IOException {
        Path file = uploads.resolve("." + key + "." + ext + ".pending");
        Files.write(file, new byte[] {1, 2, 3});
        Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        return file;
    }

    @Test
    void aCommittedLeftOverIsPublishedAnOrphanDeletedAndAYoungOneKept() throws IOException {
        String committed = UUID.randomUUID().toString();
        String orphan = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        pending(committed, "jpg", Duration.ofHours(3));
        pending(orphan, "pdf", Duration.ofHours(2));
        Path youngFile = pending(young, "png", Duration.ofMinutes(5));
        Path published = uploads.resolve(UUID.randomUUID() + ".png");
        Files.write(published, new byte[] {9});
        Path stranger = uploads.resolve(".notes.pending");
        Files.write(stranger, new byte[] {7});
        Files.setLastModifiedTime(stranger, FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        AttachmentStore store = new AttachmentStore(uploads.toString());
        Set<String> rows = Set.of(committed, young);
        PendingUploadSweep.Result result = PendingUploadSweep.sweep(store, Instant.now().minus(PendingUploadSweep.MIN_AGE), rows::contains);

        assertThat(result).isEqualTo(new PendingUploadSweep.Result(1, 1));
        // the committed one now reads under its own name, as a reader asks for it
        assertThat(uploads.resolve(committed + ".jpg")).exists();
        assertThat(uploads.resolve("." + committed + ".jpg.pending")).doesNotExist();
        assertThat(store.read(committed, "jpg")).containsExactly(1, 2, 3);
        assertThat(uploads.resolve("." + orphan + ".pdf.pending")).doesNotExist();
        assertThat(uploads.resolve(orphan + ".pdf")).doesNotExist();
        assertThat(youngFile).exists();
        assertThat(published).exists();
        assertThat(stranger).exists();

        // a second run (another node sharing the directory, or the next day) finds nothing to do
        assertThat(PendingUploadSweep.sweep(store, Instant.now().minus(PendingUploadSweep.MIN_AGE), rows::contains))
                .isEqualTo(new PendingUploadSweep.Result(0, 0));
    }

    @Test
    void noUploadDirectoryYetIsNothingToSweep() {
        AttachmentStore store = new AttachmentStore(uploads.resolve("not-yet").toString());
        assertThat(PendingUploadSweep.sweep(store, Instant.now(), key -> true)).isEqualTo(new PendingUploadSweep.Result(0, 0));
    }
}
