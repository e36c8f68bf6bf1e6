package dev.graph2doc.archfixture.down;

import dev.graph2doc.archfixture.up.Caller;

/** The other half: a lower package that reaches back up. */
public final class Callee {

    public static int value() {
        return 1;
    }

    public static int back() {
        return Caller.call();
    }
}
