package org.gradcheck4j.archfixture.b;

import org.gradcheck4j.archfixture.a.A;

/** Planted: the other half of the package cycle a &lt;-&gt; b. */
public class B {
    A a;
}
