package dev.graph2doc.read.verify;

import dev.graph2doc.copy.Throttle;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Verifies one tenant's collection (a {@link VerificationSlice}) from its checkpoint: streams both stores in key
 * order, compares each pair (control = the graph's rendering, candidate = MongoDB), persists the slice after each
 * batch, and re-checks at the end the keys a write raced. Stops early, resumable from the last checkpoint, when
 * the checkpoint is refused (run cancelled, lease lost, shutdown) or the thread is interrupted.
 */
public final class Verifier {

    private final Mapping mapping;
    private final GraphStore graph;
    private final DocumentStore documents;
    private final DocumentDiff diff;
    private final VerificationSettings settings;
    private final Throttle throttle;
    private final VerificationListener listener;
    private final RepairQueue repairs;

    public Verifier(Mapping mapping, GraphStore graph, DocumentStore documents, DocumentDiff diff,
                    VerificationSettings settings, Throttle throttle) {
        this(mapping, graph, documents, diff, settings, throttle, VerificationListener.NONE, RepairQueue.NONE);
    }

    public Verifier(Mapping mapping, GraphStore graph, DocumentStore documents, DocumentDiff diff,
                    VerificationSettings settings, Throttle throttle, VerificationListener listener, RepairQueue repairs) {
        this.mapping = mapping;
        this.graph = graph;
        this.documents = documents;
        this.diff = diff;
        this.settings = settings;
        this.throttle = throttle;
        this.listener = listener;
        this.repairs = repairs;
    }

    /**
     * @param checkpoint saves the slice; answers whether to go on
     * @return the slice as far as it got: {@link VerificationSlice#done()} unless stopped early
     */
    public VerificationSlice verify(VerificationSlice start, boolean repair, Predicate<VerificationSlice> checkpoint) {
        CollectionMapping c = collection(start.collection());
        VerificationSlice slice = start.state() == VerificationSlice.State.PENDING
                ? start.begun(graph.countRoots(c, start.tenant())) : start;
        VerificationCursor cursor = new VerificationCursor(graph, documents, c, slice.tenant(), slice.checkpoint(),
                settings.batchSize());
        try {
            for (List<VerificationPair> round = cursor.next(); round != null; round = cursor.next()) {
                throttle.acquire(round.size(), settings.maxDocumentsPerSecond());
                slice = record(c, slice.at(cursor.position()), confirmed(c, slice.tenant(), judge(c, round, false)),
                        repair);
                if (slice.pending().size() >= settings.batchSize()) {
                    slice = recheck(c, slice, repair); // raced keys re-checked early: memory stays bounded
                }
                if (!checkpoint.test(slice) || Thread.currentThread().isInterrupted()) {
                    return slice;
                }
            }
            VerificationSlice finished = recheck(c, slice, repair).finished();
            // a refused last checkpoint (cancelled, lease lost) must stop the caller like any other
            return checkpoint.test(finished) ? finished : slice;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return slice;
        }
    }

    private CollectionMapping collection(String name) {
        return mapping.collection(name).orElseThrow(() -> new IllegalArgumentException("collection '" + name
                + "' is not in the mapping " + mapping.source() + " any more: start a new verification"));
    }

    private List<VerificationFinding> judge(CollectionMapping c, List<VerificationPair> pairs, boolean settled) {
        return pairs.stream().map(p -> VerificationFinding.judge(diff, c, p, settled)).toList();
    }

    /**
     * Differences at one version read again at once, the graph side under its roots' locks: the range read is read
     * committed and may have caught a commit half-applied, which is no mismatch. Only mismatches pay this.
     */
    private List<VerificationFinding> confirmed(CollectionMapping c, String tenant, List<VerificationFinding> findings) {
        List<Object> keys = findings.stream().filter(f -> f.kind() == VerificationFinding.Kind.MISMATCHED)
                .map(VerificationFinding::key).toList();
        if (keys.isEmpty()) {
            return findings;
        }
        Map<Object, VerificationFinding> again = new TreeMap<>(VerificationKeys.ORDER);
        judge(c, read(c, tenant, keys), false).forEach(f -> again.put(f.key(), f));
        return findings.stream().map(f -> again.getOrDefault(f.key(), f)).toList();
    }

    /** Both sides read again for the raced keys: the write has landed by now, or its versions still differ. */
    private VerificationSlice recheck(CollectionMapping c, VerificationSlice slice, boolean repair) {
        if (slice.pending().isEmpty()) {
            return slice;
        }
        List<VerificationPair> again = read(c, slice.tenant(), slice.pending());
        List<VerificationFinding> settled = repairs.settle(slice.tenant(), c.name(), judge(c, again, true));
        return record(c, slice.withoutPending(), settled, repair);
    }

    private VerificationSlice record(CollectionMapping c, VerificationSlice slice, List<VerificationFinding> findings,
                                     boolean repair) {
        VerificationSlice recorded = slice.recorded(findings, settings.maxExamples());
        tell(slice, findings);
        List<VerificationFinding> broken = findings.stream().filter(f -> f.kind().repairable()).toList();
        return repair && !broken.isEmpty() ? recorded.repaired(repair(c, slice.tenant(), broken)) : recorded;
    }

    /** Raced keys are told when re-checked, and keys deleted meanwhile not at all, as {@link VerificationCounts} counts. */
    private void tell(VerificationSlice slice, List<VerificationFinding> findings) {
        findings.stream().map(VerificationFinding::kind)
                .filter(k -> k != VerificationFinding.Kind.RACED && k != VerificationFinding.Kind.GONE)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .forEach((kind, n) -> listener.judged(slice.tenant(), slice.collection(), kind.label(), n));
    }

    /**
     * Re-renders missing and mismatched documents into MongoDB and deletes extra ones, each guarded by version so a
     * write that landed since is kept; then verifies those keys again. Returns how many now match.
     */
    private long repair(CollectionMapping c, String tenant, List<VerificationFinding> broken) {
        List<Object> rerender = broken.stream().filter(f -> f.kind() != VerificationFinding.Kind.EXTRA)
                .map(VerificationFinding::key).toList();
        if (!rerender.isEmpty()) {
            graph.renderKeysLocked(c, tenant, rerender).documents().forEach(d -> documents.repair(tenant, d));
        }
        broken.stream().filter(f -> f.kind() == VerificationFinding.Kind.EXTRA).forEach(f ->
                documents.removeUnlessNewer(tenant, c.name(), f.key(), f.candidateVersion()));
        List<Object> keys = broken.stream().map(VerificationFinding::key).toList();
        return judge(c, read(c, tenant, keys), true).stream()
                .filter(f -> f.kind() == VerificationFinding.Kind.MATCHED || f.kind() == VerificationFinding.Kind.GONE)
                .count();
    }

    /** These keys from both stores, now. MongoDB is asked key by key: only raced and repaired keys come here. */
    private List<VerificationPair> read(CollectionMapping c, String tenant, Collection<Object> keys) {
        RenderBatch rendered = graph.renderKeysLocked(c, tenant, keys);
        Map<Object, DocumentView> controls = new TreeMap<>(VerificationKeys.ORDER);
        rendered.documents().forEach(d -> controls.put(d.key(), d));
        Map<Object, String> unrenderable = new TreeMap<>(VerificationKeys.ORDER);
        rendered.problems().forEach(p -> unrenderable.put(p.key(), p.getMessage()));
        List<VerificationPair> pairs = new ArrayList<>(keys.size());
        for (Object key : keys) {
            DocumentView candidate = documents.find(tenant, c.name(), key).orElse(null);
            pairs.add(new VerificationPair(key, controls.get(key), candidate, unrenderable.get(key)));
        }
        return pairs;
    }
}
