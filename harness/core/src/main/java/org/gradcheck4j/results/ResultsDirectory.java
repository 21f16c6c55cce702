package org.gradcheck4j.results;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.gradcheck4j.internal.files.AtomicFiles;

/**
 * A directory of results files, one {@code <id>.json} per check, as a JUnit run writes them to
 * {@code target/gradcheck4j/results}.
 *
 * @param directory the directory, which need not exist
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ResultsDirectory(Path directory) {

    /**
     * Writes one check atomically to {@code <id>.json}.
     *
     * @param check the check to write; its id names the file. Not modified.
     * @return the file written
     * @throws IOException if it cannot be written
     * @throws IllegalArgumentException if the id does not start with a letter or digit
     */
    public Path write(RecordedCheck check) throws IOException {
        Path file = directory.resolve(fileName(check.id()));
        AtomicFiles.write(file, ResultsJson.toJson(check));
        return file;
    }

    /**
     * Reads every check in the directory (none when it does not exist), oldest first. A file that
     * cannot be read is named in {@code problems} and skipped.
     *
     * @param problems receives one line per unreadable file. Modified.
     * @return the checks read, oldest first
     */
    public List<RecordedCheck> readAll(List<String> problems) {
        List<RecordedCheck> checks = new ArrayList<>();
        for (Path file : jsonFiles()) {
            read(file, problems, false).ifPresent(checks::add);
        }
        return sorted(checks);
    }

    /**
     * Reads the checks of run {@code runId} and deletes the files of every other run, in one pass.
     * A file that cannot be read is named in {@code problems} and left alone.
     *
     * @param runId the id of the run whose checks are kept
     * @param problems receives one line per unreadable file. Modified.
     * @return this run's checks, oldest first
     * @throws IOException if a file of another run cannot be deleted
     */
    public List<RecordedCheck> readRunDeletingOthers(String runId, List<String> problems) throws IOException {
        List<RecordedCheck> checks = new ArrayList<>();
        for (Path file : jsonFiles()) {
            var check = read(file, problems, true);
            if (check.isPresent() && check.get().runId().equals(runId)) {
                checks.add(check.get());
            } else if (check.isPresent()) {
                Files.deleteIfExists(file);
            }
        }
        return sorted(checks);
    }

    /**
     * The checks of the run that wrote the newest check; empty when there are none.
     *
     * @param checks the checks to choose from. Not modified.
     * @return the checks that share the newest check's run id, in their given order
     */
    public static List<RecordedCheck> ofLatestRun(List<RecordedCheck> checks) {
        return checks.stream().max(Comparator.comparingLong(RecordedCheck::timestamp))
                .map(newest -> checks.stream().filter(c -> c.runId().equals(newest.runId())).toList())
                .orElse(List.of());
    }

    /** A file name for a result id: letters, digits, dot, dash and underscore are kept. */
    static String fileName(String id) {
        String safe = id.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.startsWith(".")) {
            throw new IllegalArgumentException("a result id must start with a letter or digit: \"" + id + "\"");
        }
        return safe + ".json";
    }

    /**
     * The check in {@code file}, or empty with a line in {@code problems}; a file of another schema
     * version is deleted instead when {@code deleteOtherSchema} (it belongs to an earlier run).
     */
    private static java.util.Optional<RecordedCheck> read(Path file, List<String> problems,
                                                          boolean deleteOtherSchema) {
        try {
            return java.util.Optional.of(ResultsJson.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
        } catch (ResultsReader.OtherSchema e) {
            if (!deleteOtherSchema || !deleted(file)) {
                problems.add(file + ": " + e.getMessage());
            }
            return java.util.Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    private static boolean deleted(Path file) {
        try {
            Files.deleteIfExists(file);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<RecordedCheck> sorted(List<RecordedCheck> checks) {
        checks.sort(Comparator.comparingLong(RecordedCheck::timestamp).thenComparing(RecordedCheck::id));
        return checks;
    }

    private List<Path> jsonFiles() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return name.endsWith(".json") && !name.startsWith(".");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory, e);
        }
    }
}
