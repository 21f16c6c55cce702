package org.gradcheck4j.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A one-line description of the machine: processor model, cores, memory, operating system. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        String cpu = "unknown processor";
        try {
            cpu = Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse(cpu);
        } catch (IOException | RuntimeException e) {
            // not Linux: keep the fallback
        }
        long gib = Runtime.getRuntime().maxMemory() >> 30;
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " logical cores visible to the JVM, "
                + System.getProperty("os.name") + " " + System.getProperty("os.version") + " ("
                + System.getProperty("os.arch") + "), max heap " + gib + " GiB";
    }
}
