package org.gradcheck4j.internal.objective;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * The layer's code produced something that is not the tensor it should be (null, a type nobody
 * understands, a ragged array, another shape): an ERROR result rather than a configuration error,
 * because it shows only when forward or backward has run. The message names the member, what was
 * expected and what came. Internal.
 */
@API(status = INTERNAL, since = "0.1.0")
public final class MalformedTensor extends RuntimeException {

    private static final long serialVersionUID = 1L;

    MalformedTensor(String member, String problem, String fix) {
        super(member + " " + problem + ". Fix: " + fix + ".");
    }
}
