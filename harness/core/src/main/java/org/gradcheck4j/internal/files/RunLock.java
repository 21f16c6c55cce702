package org.gradcheck4j.internal.files;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.locks.ReentrantLock;
import org.apiguardian.api.API;

/**
 * Makes the JVMs (Surefire forks) and threads that finish a run at the same time take turns over
 * its report directory: a file lock on {@code .lock} for other processes and a lock of its own for
 * threads of this one, since file locks are per process.
 *
 * @since 0.1.0
 */
@API(status = INTERNAL, since = "0.1.0")
public final class RunLock {

    private static final ReentrantLock IN_JVM = new ReentrantLock();

    private RunLock() {
    }

    /** Work done while holding the lock. */
    @FunctionalInterface
    public interface Turn<T> {
        /**
         * Does the work.
         *
         * @return its result
         * @throws IOException if a file cannot be accessed
         */
        T run() throws IOException;
    }

    /**
     * Runs {@code turn} while no other thread or process holds the lock of {@code dir}.
     *
     * @param dir the report directory, created if missing
     * @param turn the work
     * @param <T> the work's result
     * @return what {@code turn} returned
     * @throws IOException if the lock cannot be taken or {@code turn} throws it
     */
    public static <T> T during(Path dir, Turn<T> turn) throws IOException {
        Files.createDirectories(dir);
        IN_JVM.lock();
        try (FileChannel channel = FileChannel.open(dir.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
            return turn.run();
        } finally {
            IN_JVM.unlock();
        }
    }
}
