package dev.graph2doc.phase;

import dev.graph2doc.store.GraphStore;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/** The phase machine, its gates and the phases this instance applies, over the control database. */
@Factory
class PhaseBeans {

    @Singleton
    GateSettings gateSettings(GateProperties properties) {
        return properties.settings();
    }

    @Singleton
    @Bean(preDestroy = "close")
    PolledTenantPhases tenantPhases(PhaseStore store, PhaseProperties properties) {
        return new PolledTenantPhases(store, properties.getDefault(), properties.getPollInterval());
    }

    @Singleton
    WritesInFlight writesInFlight() {
        return new WritesInFlight();
    }

    @Singleton
    Lease lease(PhaseProperties properties) {
        return new Lease(properties.fence(), System::nanoTime);
    }

    @Singleton
    @Bean(preDestroy = "close")
    InstanceRegistry instanceRegistry(InstanceStore instances, InstanceId self, PolledTenantPhases phases,
                                      WritesInFlight writes, Lease lease, PhaseProperties properties) {
        return new InstanceRegistry(instances, self.value(), phases, writes, Clock.systemUTC(),
                properties.getHeartbeatInterval(), properties.getInstanceTimeout(), lease);
    }

    /** Phase's own gates around those the other capabilities contribute as {@link Gate} beans (in their order). */
    @Singleton
    PhaseMachine phaseMachine(PhaseStore store, GraphStore graph, List<Gate> contributed, ReadEvidence evidence,
                              StoreReachability stores, GateSettings settings, InstanceRegistry registry,
                              List<PhaseChangeListener> listeners, PhaseProperties properties) {
        Phase defaultPhase = properties.getDefault();
        List<Gate> gates = new ArrayList<>(List.of(new StoresReachableGate(stores), new CaptureAcknowledgedGate(registry::live)));
        gates.addAll(contributed);
        gates.addAll(List.of(new ComparisonGate(evidence, settings), new ConfirmGate(), new UnforkReadinessGate(evidence, settings)));
        return new PhaseMachine(store, graph::tenants, gates, defaultPhase, Clock.systemUTC(), registry::applied,
                registry, PhaseChangeListener.all(listeners));
    }
}
