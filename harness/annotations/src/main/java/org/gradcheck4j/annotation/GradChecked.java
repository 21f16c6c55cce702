package org.gradcheck4j.annotation;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;

/**
 * Marks a layer, cost or network whose hand-written backward pass gradcheck4j verifies.
 *
 * <p>The class declares its trainable tensors with {@link Param}, their gradients with
 * {@link Grad}, one {@link Forward} and one {@link Backward} method, and optionally a
 * {@link Penalty}, {@link KeepProb} and {@link RandomSource}.
 *
 * <p>The relative error {@code ‖a − n‖₂ / (‖a‖₂ + ‖n‖₂)} between the analytic gradient
 * {@code a} and the numeric gradient {@code n} is judged against three thresholds:
 * at most {@link #pass()} is PASS, at most {@link #warn()} is MARGINAL, below {@link #fail()} is
 * WARN, and anything else is FAIL.
 *
 * @since 0.1.0
 */
@API(status = STABLE, since = "0.1.0")
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface GradChecked {

    /** Default relative error at or below which a check passes. */
    double DEFAULT_PASS = 1e-7;
    /** Default relative error at or below which a check is MARGINAL (still passes). */
    double DEFAULT_WARN = 1e-5;
    /** Default relative error at or above which a check fails. */
    double DEFAULT_FAIL = 1e-3;

    /**
     * The base finite-difference step ε, scaled per component by {@code max(1, |θ_i|)}.
     * {@code 0} (the default) leaves the step to the engine: 1e-7 for double tensors and a
     * larger, documented step for float tensors.
     *
     * @return the base step, or {@code 0} for the engine's choice
     */
    double epsilon() default 0;

    /** {@return the relative error at or below which the verdict is PASS} */
    double pass() default DEFAULT_PASS;

    /** {@return the relative error at or below which the verdict is MARGINAL} */
    double warn() default DEFAULT_WARN;

    /** {@return the relative error at or above which the verdict is FAIL} */
    double fail() default DEFAULT_FAIL;
}
