package org.gradcheck4j.archfixture.a;

import org.gradcheck4j.archfixture.b.B;

/** Planted: half of a package cycle a &lt;-&gt; b. */
public class A {
    B b;
}
