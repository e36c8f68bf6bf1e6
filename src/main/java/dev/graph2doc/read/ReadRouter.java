package dev.graph2doc.read;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.UnmappableValueException;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.shadow.Observation;
import dev.graph2doc.read.shadow.ReadPage;
import dev.graph2doc.read.shadow.ReadQuery;
import dev.graph2doc.read.shadow.ReadSource;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.shadow.ShadowRead.KeyRead;
import dev.graph2doc.read.shadow.ShadowRead.PageRead;
import dev.graph2doc.read.shadow.ShadowRead;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Around every data-API read: serves it from the store the tenant's phase names (the control) and hands a sample
 * to the shadow comparator, which repeats it on the other store (the candidate). Before {@code FORK_WRITES} MongoDB
 * is not complete and after {@code UNFORKED} Neo4j is no longer written, so neither is a candidate then.
 */
public final class ReadRouter {

    private final TenantPhases phases;
    private final ReadSource graph;
    private final ReadSource documents;
    private final ShadowComparator comparator;
    private final boolean controlVsControl;
    private final ReadMetrics metrics;

    public ReadRouter(TenantPhases phases, ReadSource graph, ReadSource documents, ShadowComparator comparator,
                      boolean controlVsControl, ReadMetrics metrics) {
        this.phases = phases;
        this.graph = graph;
        this.documents = documents;
        this.comparator = comparator;
        this.controlVsControl = controlVsControl;
        this.metrics = metrics;
    }

    public Optional<DocumentView> get(String tenant, CollectionMapping collection, Object key) {
        Phase phase = phases.phaseOf(tenant);
        ReadSource control = control(phase);
        long started = System.nanoTime();
        Optional<DocumentView> served = serve(control, () -> control.get(tenant, collection, key));
        metrics.recordRead(tenant, control.name(), System.nanoTime() - started);
        shadow(phase, new KeyRead(tenant, collection, key), ShadowRead.observed(served.stream().toList()), control);
        return served;
    }

    public ReadPage page(String tenant, CollectionMapping collection, ReadQuery query) {
        Phase phase = phases.phaseOf(tenant);
        ReadSource control = control(phase);
        long started = System.nanoTime();
        ReadPage served = serve(control, () -> control.page(tenant, collection, query));
        metrics.recordRead(tenant, control.name(), System.nanoTime() - started);
        shadow(phase, new PageRead(tenant, collection, query), PageRead.observed(served), control);
        return served;
    }

    /** A mapping fault or bad input stays what it is; a store failure is a 503 the caller may retry. */
    private static <T> T serve(ReadSource control, Supplier<T> read) {
        try {
            return read.get();
        } catch (UnmappableValueException | IllegalArgumentException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReadUnavailableException(control.name(), e);
        }
    }

    /** The store whose answer the caller gets. */
    public ReadSource control(Phase phase) {
        return phase.readsDocuments() ? documents : graph;
    }

    private void shadow(Phase phase, ShadowRead read, Observation served, ReadSource control) {
        ReadSource candidate = candidate(phase, control);
        if (candidate != null && comparator.sampled(phase)) {
            comparator.offer(phase, read, served, control, candidate);
        }
    }

    private ReadSource candidate(Phase phase, ReadSource control) {
        if (controlVsControl) {
            return control;
        }
        boolean bothComplete = phase.writesDocuments() && phase.writesGraph();
        return bothComplete ? (control == graph ? documents : graph) : null;
    }
}
