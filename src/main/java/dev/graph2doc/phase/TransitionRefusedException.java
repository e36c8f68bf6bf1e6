package dev.graph2doc.phase;

import java.util.List;

/** A transition that did not happen, with every condition that stopped it (answered 409). Nothing was changed
 *  for the tenants the conditions name. */
public final class TransitionRefusedException extends RuntimeException {

    private final List<String> unmet;

    public TransitionRefusedException(String message, List<String> unmet) {
        super(message);
        this.unmet = List.copyOf(unmet);
    }

    public List<String> unmet() {
        return unmet;
    }
}
