package dev.graph2doc.phase;

import java.util.List;

/** Whether both stores answer now: the problems, one per unreachable store; empty when both answer. */
public interface StoreReachability {

    List<String> problems();
}
