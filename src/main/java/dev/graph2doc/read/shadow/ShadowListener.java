package dev.graph2doc.read.shadow;

import java.util.List;

/** What the shadow comparator observed; metrics, evidence and mismatch samples listen. No-op by default. */
public interface ShadowListener {

    ShadowListener NONE = new ShadowListener() {
    };

    default void compared(ComparisonResult result) {
    }

    /** The comparator's queue was full: this read was not compared. */
    default void dropped(String tenant, String collection) {
    }

    static ShadowListener all(List<ShadowListener> listeners) {
        List<ShadowListener> copy = List.copyOf(listeners);
        return new ShadowListener() {
            @Override
            public void compared(ComparisonResult result) {
                copy.forEach(l -> l.compared(result));
            }

            @Override
            public void dropped(String tenant, String collection) {
                copy.forEach(l -> l.dropped(tenant, collection));
            }
        };
    }
}
