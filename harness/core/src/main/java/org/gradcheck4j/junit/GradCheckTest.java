package org.gradcheck4j.junit;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a gradient check as a JUnit Jupiter test template: once per seed, at initialisation and again
 * after some training steps.
 *
 * <pre>{@code
 * @GradCheckTest
 * void dense(Random random, GradCheckInvocation invocation) {
 *     Dense layer = new Dense(4, 3, random);
 *     invocation.check(GradCheck.of(layer).input(Tensors.gaussian(random, 5, 4)));
 * }
 * }</pre>
 *
 * <p>The method builds the layer and hands its {@code GradCheck} to
 * {@link GradCheckInvocation#check(org.gradcheck4j.GradCheck)}, which applies the invocation's seed,
 * training steps and label, runs the check and fails the invocation on FAIL (and on WARN when
 * {@link #strict()}). A {@code java.util.Random} parameter is seeded with the invocation's seed.
 * Invocations are named so that they can be reproduced: {@code seed=2 · after 20 steps}.
 *
 * <p>Every attribute can be overridden for a whole run with the configuration parameters
 * {@code gradcheck4j.seeds}, {@code gradcheck4j.seed} (replay one seed),
 * {@code gradcheck4j.trainingSteps}, {@code gradcheck4j.thresholds} and {@code gradcheck4j.strict}.
 * The annotation may be used as a meta-annotation.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@TestTemplate
@ExtendWith(GradCheckExtension.class)
public @interface GradCheckTest {

    /** {@return the seeds of the layer's {@code Random} and of the check; one invocation per seed and steps} */
    long[] seeds() default {1, 2, 3};

    /** {@return the gradient-descent steps before the check; 0 checks at initialisation. Each at least 0} */
    int[] trainingSteps() default {0, 20};

    /** {@return the thresholds {@code {pass, warn, fail}}; empty keeps the layer's {@code @GradChecked} or the defaults} */
    double[] thresholds() default {};

    /** {@return whether WARN fails the invocation too} */
    boolean strict() default false;
}
