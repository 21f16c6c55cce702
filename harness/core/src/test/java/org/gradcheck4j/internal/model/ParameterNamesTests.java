package org.gradcheck4j.internal.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.tools.ToolProvider;
import org.gradcheck4j.GradCheck;
import org.gradcheck4j.TensorResult;
import org.gradcheck4j.annotation.GradChecked;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs are named as in the source: with {@code -parameters}, from the local-variable table of a
 * class compiled without it (Maven's default {@code -g}), and {@code input0}… only when neither is
 * in the class file. The classes are compiled here, with the options a user's build would use.
 */
class ParameterNamesTests {

    private static final String LAYER = """
            import org.gradcheck4j.annotation.*;
            @GradChecked
            public class Scale {
                @Param public double[] w = {0.5, -1.5};
                @Grad("w") public double[] dw = new double[2];
                private double[] seen;
                public Scale() { }
                @Forward public double[] forward(double[] x) {
                    seen = x;
                    return new double[] {w[0] * x[0], w[1] * x[1]};
                }
                @Backward public double[] backward(double[] dy) {
                    dw[0] = dy[0] * seen[0];
                    dw[1] = dy[1] * seen[1];
                    return new double[] {w[0] * dy[0], w[1] * dy[1]};
                }
                public double[][] several(double[][] images, long steps, double rate, int[] labels) {
                    double unused = rate;
                    return images;
                }
                public static void helper(double first, int second) { }
            }
            """;

    @TempDir
    Path dir;

    private Class<?> compile(String... options) throws IOException, ClassNotFoundException, URISyntaxException {
        Path source = dir.resolve("Scale.java");
        Files.writeString(source, LAYER);
        Path annotations = Path.of(GradChecked.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> args = new ArrayList<>(Arrays.asList(options));
        args.addAll(List.of("-proc:none", "-cp", annotations.toString(), "-d", dir.toString(), source.toString()));
        assertThat(ToolProvider.getSystemJavaCompiler().run(null, null, null, args.toArray(String[]::new))).isZero();
        URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
        return loader.loadClass("Scale");
    }

    private static List<String> names(Class<?> type, String method) {
        Method m = Arrays.stream(type.getMethods()).filter(x -> x.getName().equals(method)).findFirst().orElseThrow();
        return ParameterNames.of(m);
    }

    @Test
    void withoutParametersTheLocalVariableTableNamesThem() throws Exception {
        Class<?> type = compile("-g");

        assertThat(type.getMethod("forward", double[].class).getParameters()[0].isNamePresent()).isFalse();
        assertThat(names(type, "forward")).containsExactly("x");
        assertThat(names(type, "several")).containsExactly("images", "steps", "rate", "labels");
        assertThat(names(type, "helper")).containsExactly("first", "second");
    }

    @Test
    void withParametersTheirNamesAreTaken() throws Exception {
        assertThat(names(compile("-parameters", "-g:none"), "several")).containsExactly("images", "steps", "rate", "labels");
    }

    @Test
    void withNeitherInputsAreNumbered() throws Exception {
        assertThat(names(compile("-g:none"), "several")).containsExactly("input0", "input1", "input2", "input3");
    }

    @Test
    void aCheckOfALayerCompiledWithoutParametersNamesItsInputAsTheSourceDoes() throws Exception {
        Object layer = compile("-g").getConstructor().newInstance();

        List<String> tensors = GradCheck.of(layer).input(new double[] {1.0, 2.0}).run().tensors().stream()
                .map(TensorResult::name).toList();

        assertThat(tensors).containsExactly("w", "x");
    }
}
