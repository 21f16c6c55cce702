package org.gradcheck4j.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a gradient check over generated cases, as a property-based test: each try draws a
 * {@link Case} from its own seed, and a failing case is shrunk to the smallest failing case found.
 *
 * <pre>{@code
 * @GradCheckProperty(tries = 50)
 * void dense(Case c, GradCheckInvocation invocation) {
 *     int in = c.dimension("in", 6);
 *     int width = c.dimension("width", 6);
 *     Dense layer = new Dense(c.weights("W", width, in), new double[width]);
 *     invocation.check(GradCheck.of(layer).input(c.input("x", c.batch(8), in)));
 * }
 * }</pre>
 *
 * <p>A failure reports the smallest case (every drawn value by name), the seed of its try and how
 * to replay it: the configuration parameter {@code gradcheck4j.seed=<seed>} runs only that try
 * (and shrinks it again to the same case). {@code gradcheck4j.tries} overrides {@link #tries()}.
 * The method may also take a {@code java.util.Random} seeded with the try's seed.
 *
 * @since 0.1.0
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(GradCheckPropertyExtension.class)
public @interface GradCheckProperty {

    /** {@return how many cases to try; at least 1} */
    int tries() default 100;

    /** {@return the seed from which the tries' seeds are drawn} */
    long seed() default 42;

    /** {@return the training steps before the check; each try draws one, shrinking toward the first} */
    int[] trainingSteps() default {0, 20};

    /** {@return the thresholds {@code {pass, warn, fail}}; empty keeps the layer's or the defaults} */
    double[] thresholds() default {};

    /** {@return whether WARN fails a try too} */
    boolean strict() default false;

    /** {@return the most runs spent on shrinking a failure; at least 0} */
    int shrinkBudget() default 500;
}
