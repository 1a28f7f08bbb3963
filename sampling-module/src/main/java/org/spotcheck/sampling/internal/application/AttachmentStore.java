package org.spotcheck.sampling.internal.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps uploaded files outside the web root, under generated names only ({@code <uuid>.<ext>});
 * the original name is metadata and never a path.
 */
@Component
class AttachmentStore {

    private final Path root;

    AttachmentStore(@Value("${spotcheck.uploads.dir:./data/uploads}") String dir) {
        this.root = Path.of(dir).toAbsolutePath().normalize();
    }

    void write(String fileKey, String extension, byte[] content) {
        try {
            Files.createDirectories(root);
            Files.write(path(fileKey, extension), content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload " + fileKey, e);
        }
    }

    byte[] read(String fileKey, String extension) {
        try {
            return Files.readAllBytes(path(fileKey, extension));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload " + fileKey, e);
        }
    }

    private Path path(String fileKey, String extension) {
        if (!fileKey.matches("[0-9a-f-]{36}") || !extension.matches("[a-z]{3,4}")) {
            throw new IllegalArgumentException("not a generated file key");
        }
        return root.resolve(fileKey + "." + extension);
    }
}
