package org.gradcheck4j.reports.json;

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
import org.gradcheck4j.reports.model.CheckRecord;

/**
 * A directory of result files, one JSON file per check.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ResultFiles {

    private final Path directory;

    /** Uses {@code directory}, which need not exist yet. */
    public ResultFiles(Path directory) {
        this.directory = directory;
    }

    /** The directory. */
    public Path directory() {
        return directory;
    }

    /**
     * Writes one result atomically to {@code <id>.json}.
     *
     * @return the file written
     * @throws IOException if it cannot be written
     */
    public Path write(CheckRecord check) throws IOException {
        Path file = directory.resolve(fileName(check.id()));
        AtomicFiles.write(file, ResultJson.toJson(check));
        return file;
    }

    /**
     * Reads every result in the directory (none when it does not exist), oldest first. Files that
     * cannot be read are reported in {@code problems} and skipped.
     *
     * @param problems receives one line per unreadable file. Modified.
     */
    public List<CheckRecord> readAll(List<String> problems) {
        List<CheckRecord> checks = new ArrayList<>();
        for (Path file : jsonFiles()) {
            try {
                checks.add(ResultJson.fromJson(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
            }
        }
        checks.sort(Comparator.comparingLong(CheckRecord::timestamp).thenComparing(CheckRecord::id));
        return checks;
    }

    /**
     * Reads the results of run {@code runId} and deletes the result files of every other run, in
     * one pass. Files that cannot be read are reported in {@code problems} and left alone.
     *
     * @param problems receives one line per unreadable file. Modified.
     * @return this run's results, oldest first
     * @throws IOException if a file of another run cannot be deleted
     */
    public List<CheckRecord> readRunDeletingOthers(String runId, List<String> problems) throws IOException {
        List<CheckRecord> checks = new ArrayList<>();
        for (Path file : jsonFiles()) {
            CheckRecord check;
            try {
                check = ResultJson.fromJson(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException | IllegalArgumentException e) {
                problems.add(file + ": " + e.getMessage());
                continue;
            }
            if (check.runId().equals(runId)) {
                checks.add(check);
            } else {
                Files.deleteIfExists(file);
            }
        }
        checks.sort(Comparator.comparingLong(CheckRecord::timestamp).thenComparing(CheckRecord::id));
        return checks;
    }

    /** The results of one run only. */
    public static List<CheckRecord> ofRun(List<CheckRecord> checks, String runId) {
        return checks.stream().filter(c -> c.runId().equals(runId)).toList();
    }

    /** The results of the run that wrote the newest result; empty when there are none. */
    public static List<CheckRecord> ofLatestRun(List<CheckRecord> checks) {
        return checks.stream().max(Comparator.comparingLong(CheckRecord::timestamp))
                .map(newest -> ofRun(checks, newest.runId()))
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
