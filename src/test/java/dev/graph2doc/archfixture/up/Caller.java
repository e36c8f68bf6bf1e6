package dev.graph2doc.archfixture.up;

import dev.graph2doc.archfixture.down.Callee;

/** Half of a package cycle made on purpose: {@code PackageCyclesArchitectureTest} must find it. */
public final class Caller {

    public static int call() {
        return Callee.value();
    }
}
