package dev.graph2doc.store.mongo;

import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.write.DocumentPatcher;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.NodeRef;
import dev.graph2doc.write.NotExpressibleException;
import dev.graph2doc.write.Touch;
import dev.graph2doc.write.TouchedDocument;
import dev.graph2doc.write.WriteImpact;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A batch the graph has applied and versioned, applied to the documents it touched that stand exactly one
 * version behind; every other touched document is handed back for a re-render from the graph.
 */
final class AfterGraphPatch {

    private final Mapping mapping;
    private final TenantCollections collections;
    private final VersionedWrites writes;
    private final WriteImpact impact;
    private final DocumentPatcher patcher;

    AfterGraphPatch(Mapping mapping, TenantCollections collections, VersionedWrites writes) {
        this.mapping = mapping;
        this.collections = collections;
        this.writes = writes;
        this.impact = new WriteImpact(mapping);
        this.patcher = new DocumentPatcher(mapping, DocumentPatcher.Mode.AFTER_GRAPH);
    }

    List<TouchedDocument> apply(String tenant, List<Mutation> mutations, List<TouchedDocument> touched) {
        WorkingSet documents = new WorkingSet(collections, mapping, tenant);
        Map<WorkingSet.Slot, TouchedDocument> versions = new IdentityHashMap<>();
        Set<WorkingSet.Slot> failed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TouchedDocument doc : touched) {
            WorkingSet.Slot slot = documents.slot(doc.collection(), doc.key());
            versions.put(slot, doc);
            if (slot.storedVersion != doc.version() - 1) {
                failed.add(slot);
            }
        }
        DocumentPatcher.Lookup lookup = node -> current(documents, failed, node);
        for (Mutation mutation : mutations) {
            for (Touch touch : impact.of(mutation)) {
                for (WorkingSet.Slot slot : targets(touch, versions.keySet(), documents)) {
                    patch(tenant, touch, mutation, slot, failed, lookup);
                }
            }
        }
        return write(tenant, versions, failed);
    }

    private void patch(String tenant, Touch touch, Mutation mutation, WorkingSet.Slot slot, Set<WorkingSet.Slot> failed,
                       DocumentPatcher.Lookup lookup) {
        if (failed.contains(slot)) {
            return;
        }
        try {
            slot.body = patcher.apply(tenant, touch, mutation, slot.body, lookup);
        } catch (NotExpressibleException e) {
            failed.add(slot);
        }
    }

    private List<WorkingSet.Slot> targets(Touch touch, Set<WorkingSet.Slot> touched, WorkingSet documents) {
        if (touch instanceof Touch.Root root) {
            WorkingSet.Slot slot = documents.slot(root.collection().name(), root.node().key());
            return touched.contains(slot) ? List.of(slot) : List.of();
        }
        Touch.Neighbours neighbours = (Touch.Neighbours) touch;
        return touched.stream().filter(s -> s.collection.equals(touch.collection().name())
                && patcher.shows(neighbours, s.body)).toList();
    }

    /** A neighbour's root document as the batch leaves it; unknown when that document is itself being re-rendered. */
    private Optional<Map<String, Object>> current(WorkingSet documents, Set<WorkingSet.Slot> failed, NodeRef node) {
        Optional<String> collection = mapping.rootedAt(node.label()).map(c -> c.name());
        if (collection.isPresent() && failed.contains(documents.slot(collection.get(), node.key()))) {
            throw new NotExpressibleException("the document of " + node + " is being re-rendered from the graph");
        }
        return documents.root(node);
    }

    private List<TouchedDocument> write(String tenant, Map<WorkingSet.Slot, TouchedDocument> versions,
                                        Set<WorkingSet.Slot> failed) {
        List<TouchedDocument> notApplied = new ArrayList<>();
        versions.forEach((slot, doc) -> {
            Map<String, Object> body = doc.deleted() ? null : slot.body;
            boolean written = !failed.contains(slot) && (doc.deleted() || body != null)
                    && writes.write(tenant, slot.collection, doc.version() - 1, !slot.stored,
                    writes.stored(tenant, slot.collection, slot.key, doc.version(), body));
            if (!written) {
                notApplied.add(doc);
            }
        });
        return notApplied;
    }
}
