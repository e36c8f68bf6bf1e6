package dev.graph2doc.phase;

import java.util.List;

/**
 * Told of every phase change after it is stored and audited — operator moves and automatic step-backs alike.
 * Metrics and logs listen; beans of this type are picked up by the phase machine.
 */
public interface PhaseChangeListener {

    PhaseChangeListener NONE = change -> {
    };

    void changed(PhaseChange change);

    static PhaseChangeListener all(List<? extends PhaseChangeListener> listeners) {
        List<PhaseChangeListener> copy = List.copyOf(listeners);
        return change -> copy.forEach(l -> l.changed(change));
    }
}
