/**
 * Example layers, activations, losses, optimisers and a small network with hand-written backward
 * passes, each marked for gradient checking: code to read and copy. Every package is exported (the
 * samples are their API, all of it EXPERIMENTAL); on the class path the same jar works unchanged.
 *
 * <p>The packages of checked classes are opened to {@code org.gradcheck4j.harness}, which reads and
 * writes their private {@code @Param}/{@code @Grad} fields and calls their private methods
 * (docs/api.md). The samples do not need the harness to run, so it is named only there.
 *
 * @since 0.1.0
 */
// EJML 0.44 has neither a module descriptor nor an Automatic-Module-Name (names from the jar files);
// the harness is a test dependency of the samples, not a module they read, when they are compiled
@SuppressWarnings({"requires-automatic", "requires-transitive-automatic", "module"})
module org.gradcheck4j.samples {
    requires static org.apiguardian.api;
    // Tensors (several outputs or input gradients) is in the layers' signatures
    requires transitive org.gradcheck4j.annotations;
    // DMatrixRMaj is in the layers' signatures
    requires transitive ejml.core;
    requires ejml.ddense;

    exports org.gradcheck4j.samples;
    exports org.gradcheck4j.samples.activations;
    exports org.gradcheck4j.samples.data;
    exports org.gradcheck4j.samples.init;
    exports org.gradcheck4j.samples.layers;
    exports org.gradcheck4j.samples.losses;
    exports org.gradcheck4j.samples.network;
    exports org.gradcheck4j.samples.optim;

    // the gradient-checked classes: the harness reads their private fields and calls their private methods
    opens org.gradcheck4j.samples.activations to org.gradcheck4j.harness;
    opens org.gradcheck4j.samples.layers to org.gradcheck4j.harness;
    opens org.gradcheck4j.samples.losses to org.gradcheck4j.harness;
    opens org.gradcheck4j.samples.network to org.gradcheck4j.harness;
}
