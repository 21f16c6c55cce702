package org.gradcheck4j.archfixture;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.List;
import org.apiguardian.api.API;
import org.gradcheck4j.archfixture.internal.Hidden;

/** Planted: an internal type hidden in the type argument of a protected parameter. */
@API(status = STABLE, since = "0.1.0")
public class ProtectedLeak {

    /** @param hidden the leak */
    protected void take(List<Hidden> hidden) {
    }
}
