/**
 * A user's module with gradient-checked layers. The harness reads and writes the layers' private
 * fields, so the package of checked layers is opened to it; {@code closed} is exported but not opened,
 * to show the error a user gets when the {@code opens} is missing.
 */
module com.example.modular {
    requires org.gradcheck4j.annotations;
    requires org.gradcheck4j.harness;
    // the samples' layers, checked by the tests with the samples as a named module
    requires org.gradcheck4j.samples;

    exports com.example.modular.layers;
    exports com.example.modular.closed;
    exports com.example.modular.selfcheck;

    opens com.example.modular.layers to org.gradcheck4j.harness;
}
