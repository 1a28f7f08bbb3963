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
