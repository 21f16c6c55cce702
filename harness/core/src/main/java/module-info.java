/**
 * The gradient-check harness: {@code GradCheck} and its results, the JUnit Jupiter extension, case
 * generation, the results' JSON files and the tensor SPI. Only those packages are exported; {@code org.gradcheck4j.internal.*}
 * is not.
 *
 * <p>The harness reads and writes a layer's private fields and calls its private methods, so a modular
 * user must open the package of each checked layer to it, e.g.
 * {@code opens com.example.layers to org.gradcheck4j.harness;} (docs/api.md).
 *
 * @since 0.1.0
 */
// EJML 0.44 has no module descriptor nor Automatic-Module-Name; the qualified export names a module built later
@SuppressWarnings({"requires-automatic", "module"})
module org.gradcheck4j.harness {
    requires static org.apiguardian.api;
    requires transitive org.gradcheck4j.annotations;
    requires transitive org.junit.jupiter.api;
    requires transitive org.opentest4j;
    requires org.junit.platform.commons;
    requires org.junit.platform.launcher;
    // Gson is shaded into the harness jar (relocated to org.gradcheck4j.internal.shaded.gson): needed to compile only
    requires static com.google.gson;
    requires ejml.core;

    exports org.gradcheck4j;
    exports org.gradcheck4j.generate;
    exports org.gradcheck4j.junit;
    exports org.gradcheck4j.results;
    exports org.gradcheck4j.tensor;
    // the report renderer's SPI and the atomic file writes, for gradcheck4j-reports only
    exports org.gradcheck4j.internal.recording to org.gradcheck4j.reports;
    exports org.gradcheck4j.internal.files to org.gradcheck4j.reports;

    // JUnit instantiates the extensions reflectively
    opens org.gradcheck4j.generate to org.junit.platform.commons;
    opens org.gradcheck4j.junit to org.junit.platform.commons;

    uses org.gradcheck4j.tensor.TensorAdapter;
    uses org.gradcheck4j.internal.recording.ReportRenderer;

    provides org.gradcheck4j.tensor.TensorAdapter with
            org.gradcheck4j.internal.tensor.DoubleVectorAdapter,
            org.gradcheck4j.internal.tensor.DoubleMatrixAdapter,
            org.gradcheck4j.internal.tensor.FloatVectorAdapter,
            org.gradcheck4j.internal.tensor.FloatMatrixAdapter,
            org.gradcheck4j.internal.tensor.DMatrixRMajAdapter,
            org.gradcheck4j.internal.tensor.FMatrixRMajAdapter;
    provides org.junit.platform.launcher.LauncherSessionListener with
            org.gradcheck4j.internal.recording.ReportSessionListener;
    provides org.junit.platform.launcher.TestExecutionListener with
            org.gradcheck4j.internal.recording.CurrentTestListener;
}
