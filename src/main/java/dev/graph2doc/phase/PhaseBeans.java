package dev.graph2doc.phase;

import dev.graph2doc.store.GraphStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The phase machine, its gates and the phases this instance applies, over the control database. */
@Factory
class PhaseBeans {

    @Singleton
    GateSettings gateSettings(@Value("${graph2doc.phase.gates.max-mismatch-ratio:0.001}") double maxMismatchRatio,
                              @Value("${graph2doc.phase.gates.min-comparisons:1000}") long minComparisons,
                              @Value("${graph2doc.phase.gates.verification-freshness:24h}") Duration freshness,
                              @Value("${graph2doc.phase.gates.min-compare-duration:30m}") Duration minCompare,
                              @Value("${graph2doc.phase.gates.store-timeout:5s}") Duration storeTimeout) {
        return new GateSettings(maxMismatchRatio, minComparisons, freshness, minCompare, storeTimeout);
    }

    @Singleton
    @Bean(preDestroy = "close")
    PolledTenantPhases tenantPhases(PhaseStore store, @Value("${graph2doc.phase.default:GRAPH_ONLY}") Phase defaultPhase,
                                    @Value("${graph2doc.phase.poll-interval:1s}") Duration pollInterval) {
        return new PolledTenantPhases(store, defaultPhase, pollInterval);
    }

    @Singleton
    WritesInFlight writesInFlight() {
        return new WritesInFlight();
    }

    /** Unset, the fence comes at 60% of the instance timeout and the margin is 30% of it. */
    @Singleton
    Lease lease(@Nullable @Property(name = "graph2doc.phase.fence-after") Duration fenceAfter,
                @Nullable @Property(name = "graph2doc.phase.fence-margin") Duration margin,
                @Value("${graph2doc.phase.heartbeat-interval:2s}") Duration heartbeat,
                @Value("${graph2doc.phase.instance-timeout:10s}") Duration timeout) {
        FenceSettings settings = FenceSettings.of(fenceAfter != null ? fenceAfter : timeout.multipliedBy(6).dividedBy(10),
                margin != null ? margin : timeout.multipliedBy(3).dividedBy(10), heartbeat, timeout);
        return new Lease(settings, System::nanoTime);
    }

    @Singleton
    @Bean(preDestroy = "close")
    InstanceRegistry instanceRegistry(InstanceStore instances, InstanceId self, PolledTenantPhases phases,
                                      WritesInFlight writes, Lease lease,
                                      @Value("${graph2doc.phase.heartbeat-interval:2s}") Duration interval,
                                      @Value("${graph2doc.phase.instance-timeout:10s}") Duration timeout) {
        return new InstanceRegistry(instances, self.value(), phases, writes, Clock.systemUTC(), interval, timeout, lease);
    }

    /** Phase's own gates around those the other capabilities contribute as {@link Gate} beans (in their order). */
    @Singleton
    PhaseMachine phaseMachine(PhaseStore store, GraphStore graph, List<Gate> contributed, ReadEvidence evidence,
                              StoreReachability stores, GateSettings settings, InstanceRegistry registry,
                              List<PhaseChangeListener> listeners,
                              @Value("${graph2doc.phase.default:GRAPH_ONLY}") Phase defaultPhase) {
        List<Gate> gates = new ArrayList<>(List.of(new StoresReachableGate(stores), new CaptureAcknowledgedGate(registry::live)));
        gates.addAll(contributed);
        gates.addAll(List.of(new ComparisonGate(evidence, settings), new ConfirmGate(), new UnforkReadinessGate(evidence, settings)));
        return new PhaseMachine(store, graph::tenants, gates, defaultPhase, Clock.systemUTC(), registry::applied,
                registry, PhaseChangeListener.all(listeners));
    }
}
