package org.gradcheck4j.internal.model;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.gradcheck4j.annotation.GradChecked;

/**
 * The values of a layer class's {@code @GradChecked}, copied out of the annotation once when the
 * class is read: calling an annotation's methods goes through a reflective proxy on every call.
 * Internal.
 *
 * @param epsilon the class's step (0 or less: the engine's default)
 * @param pass the pass threshold
 * @param warn the warn threshold
 * @param fail the fail threshold
 */
@API(status = INTERNAL, since = "0.1.0")
public record ClassSettings(double epsilon, double pass, double warn, double fail) {

    /** The values of {@code annotation}. */
    static ClassSettings of(GradChecked annotation) {
        return new ClassSettings(annotation.epsilon(), annotation.pass(), annotation.warn(), annotation.fail());
    }
}
