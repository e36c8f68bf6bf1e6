package dev.graph2doc.security;

import java.util.List;

/** The operator action log in the control database, newest first, capped. */
public interface OperatorActionStore {

    void add(OperatorAction action);

    List<OperatorAction> recent(int limit);
}
