package org.spotcheck.sampling.internal.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.spotcheck.shared.tx.OnOutcome;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files outside the web root, under generated names only ({@code <uuid>.<ext>});
 * the original name is metadata and never a path.
 *
 * <p>A file appears under its name only when the transaction that inserted its row commits: it is written under a
 * temporary name ({@code .<uuid>.<ext>.pending}, a name no reader asks for) and renamed after the commit, or deleted
 * after a rollback (review: a command that stored a photo and then failed, such as a field submission with a refused
 * seal number, left the photo on disk with no row naming it). Within the writing transaction the file is read from its
 * temporary name.
 */
@Component
class AttachmentStore {

    private static final System.Logger log = System.getLogger(AttachmentStore.class.getName());

    private final Path root;

    AttachmentStore(@Value("${spotcheck.uploads.dir:./data/uploads}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    void write(String fileKey, String extension, byte[] content) {
        Path target = path(fileKey, extension);
        Path pending = pending(target);
        try {
            Files.createDirectories(root);
            Files.write(pending, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            discard(pending);
            throw new UncheckedIOException("cannot store upload " + fileKey, e);
        }
        OnOutcome.register(() -> publish(pending, target), () -> discard(pending));
    }

    byte[] read(String fileKey, String extension) {
        Path target = path(fileKey, extension);
        // the writing transaction itself (its row is not visible to any other) reads the file before its commit; a
        // reader racing the rename after the commit finds it under one name or the other, so each is tried in turn
        try {
            return Files.readAllBytes(target);
        } catch (java.nio.file.NoSuchFileException notYetPublished) {
            try {
                return Files.readAllBytes(pending(target));
            } catch (java.nio.file.NoSuchFileException publishedMeanwhile) {
                return readOrFail(target, fileKey);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read upload " + fileKey, e);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + fileKey, e);
        }
    }

    /**
     * The files still under their temporary name whose last write is before {@code cutoff}: left by a crash between
     * the commit or rollback and the rename or delete ({@link PendingUploadSweep}).
     */
    java.util.List<LeftOver> pendingBefore(java.time.Instant cutoff) {
        if (!Files.isDirectory(root)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(root)) {
            return files.map(LeftOver::of).filter(java.util.Objects::nonNull).filter(l -> l.modifiedBefore(cutoff)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the uploads under " + root, e);
        }
    }

    /** Puts a left-over file whose row was committed under its own name, as the commit would have. */
    void publish(LeftOver leftOver) {
        publish(leftOver.pending(), leftOver.pending().resolveSibling(leftOver.fileKey() + "." + leftOver.extension()));
    }

    /** Deletes a left-over file no row names, as the rollback would have. */
    void discard(LeftOver leftOver) {
        discard(leftOver.pending());
    }

    /** A file under its temporary name, {@code .<fileKey>.<ext>.pending}. */
    record LeftOver(Path pending, String fileKey, String extension) {

        private static final java.util.regex.Pattern NAME = java.util.regex.Pattern.compile("\\.([0-9a-f-]{36})\\.([a-z]{3,4})\\.pending");

        static LeftOver of(Path file) {
            java.util.regex.Matcher m = NAME.matcher(file.getFileName().toString());
            return m.matches() && Files.isRegularFile(file) ? new LeftOver(file, m.group(1), m.group(2)) : null;
        }

        boolean modifiedBefore(java.time.Instant cutoff) {
            try {
                return Files.getLastModifiedTime(pending).toInstant().isBefore(cutoff);
            } catch (IOException gone) {
                return false;
            }
        }
    }

    private static byte[] readOrFail(Path file, String fileKey) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + fileKey, e);
        }
    }

    private static void publish(Path pending, Path target) {
        try {
            try {
                Files.move(pending, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(pending, target);
            }
        } catch (IOException e) {
            // the row is committed: the file stays under its temporary name, where an administrator finds it
            log.log(System.Logger.Level.ERROR, "UPLOAD NOT PUBLISHED: {0} could not be renamed to {1}: {2}", pending, target.getFileName(), e);
        }
    }

    private static void discard(Path pending) {
        try {
            Files.deleteIfExists(pending);
        } catch (IOException e) {
            log.log(System.Logger.Level.WARNING, "the upload of a rolled back transaction was not deleted: {0}: {1}", pending, e);
        }
    }

    private static Path pending(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".pending");
    }

    private Path path(String fileKey, String extension) {
        if (!fileKey.matches("[0-9a-f-]{36}") || !extension.matches("[a-z]{3,4}")) {
            throw new IllegalArgumentException("not a generated file key");
        }
        return root.resolve(fileKey + "." + extension);
    }
}
