package org.gradcheck4j.internal.files;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import org.apiguardian.api.API;

/**
 * Writes files so that a reader never sees a partial one: the text goes to a hidden temporary
 * file in the same directory, which is then renamed over the target in one atomic step.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class AtomicFiles {

    /** The suffix of temporary files; readers of a directory skip them. */
    public static final String TEMP_SUFFIX = ".tmp";

    private AtomicFiles() {
    }

    /**
     * Writes {@code text} as UTF-8 to {@code target}, creating its directory.
     *
     * @param target the file to write or replace
     * @param text the file's new content
     * @throws IOException if the file cannot be written
     */
    public static void write(Path target, String text) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + target.getFileName(), TEMP_SUFFIX);
        try {
            readableByAll(temp);
            Files.writeString(temp, text, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files are private to their owner; a report or result should be as readable as any file. */
    private static void readableByAll(Path file) throws IOException {
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
