package dev.graph2doc.phase;

import java.util.List;
import java.util.function.Supplier;

/**
 * Structural, before {@code COPY}: every live instance has said in its heartbeat that it captures writes. One
 * that does not (an older build in a rolling upgrade) would accept writes the copy never sees (G2).
 */
public final class CaptureAcknowledgedGate extends GuardedGate {

    private final Supplier<List<InstanceBeat>> live;

    public CaptureAcknowledgedGate(Supplier<List<InstanceBeat>> live) {
        super(true, PhaseTransition.GRAPH_ONLY_TO_COPY);
        this.live = live;
    }

    @Override
    public List<String> unmet(GateInput input) {
        List<InstanceBeat> instances = live.get();
        if (instances.isEmpty()) {
            return List.of("no live graph2doc instance has sent a heartbeat yet: wait for the registry "
                    + "(graph2doc.phase.heartbeat-interval) and retry");
        }
        List<String> silent = instances.stream().filter(i -> !i.capturesWrites()).map(InstanceBeat::instance).toList();
        if (silent.isEmpty()) {
            return List.of();
        }
        return List.of("live instance(s) " + silent + " have not acknowledged that they capture writes: upgrade or "
                + "stop them before copying tenant '" + input.tenant() + "', or writes they accept during the copy "
                + "are lost to MongoDB");
    }
}
