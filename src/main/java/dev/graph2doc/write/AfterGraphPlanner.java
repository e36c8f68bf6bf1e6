package dev.graph2doc.write;

import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A batch the graph has applied and versioned, planned for the documents it touched: those that stand exactly one
 * version behind are patched in memory and written compare-and-set from that version; every other touched document
 * (further behind, ahead, or not expressible as a patch) is handed back for a re-render from the graph.
 */
public final class AfterGraphPlanner {

    /** One document to write: from {@code expected} (absent: insert) to {@code touched.version()}, {@code body} null when deleted. */
    public record PlannedWrite(TouchedDocument touched, long expected, boolean absent, Map<String, Object> body) {
    }

    /** What to write, and what to re-render from the graph instead. */
    public record Plan(List<PlannedWrite> writes, List<TouchedDocument> rerender) {
    }

    private final Mapping mapping;
    private final StoredDocumentLookup lookup;
    private final WriteImpact impact;
    private final DocumentPatcher patcher;

    public AfterGraphPlanner(Mapping mapping, StoredDocumentLookup lookup) {
        this.mapping = mapping;
        this.lookup = lookup;
        this.impact = new WriteImpact(mapping);
        this.patcher = new DocumentPatcher(mapping, DocumentPatcher.Mode.AFTER_GRAPH);
    }

    public Plan plan(String tenant, List<Mutation> mutations, List<TouchedDocument> touched) {
        WorkingSet documents = new WorkingSet(lookup, mapping, tenant);
        Map<WorkingSet.Slot, TouchedDocument> versions = new IdentityHashMap<>();
        Set<WorkingSet.Slot> failed = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        for (TouchedDocument doc : touched) {
            WorkingSet.Slot slot = documents.slot(doc.collection(), doc.key());
            versions.put(slot, doc);
            if (slot.storedVersion != doc.version() - 1) {
                failed.add(slot);
            }
        }
        DocumentPatcher.Lookup current = node -> current(documents, failed, node);
        for (Mutation mutation : mutations) {
            for (Touch touch : impact.of(mutation)) {
                for (WorkingSet.Slot slot : targets(touch, versions.keySet(), documents)) {
                    patch(tenant, touch, mutation, slot, failed, current);
                }
            }
        }
        return plan(versions, failed);
    }

    private void patch(String tenant, Touch touch, Mutation mutation, WorkingSet.Slot slot, Set<WorkingSet.Slot> failed,
                       DocumentPatcher.Lookup current) {
        if (failed.contains(slot)) {
            return;
        }
        try {
            slot.body = patcher.apply(tenant, touch, mutation, slot.body, current);
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

    private static Plan plan(Map<WorkingSet.Slot, TouchedDocument> versions, Set<WorkingSet.Slot> failed) {
        List<PlannedWrite> writes = new ArrayList<>();
        List<TouchedDocument> rerender = new ArrayList<>();
        versions.forEach((slot, doc) -> {
            Map<String, Object> body = doc.deleted() ? null : slot.body;
            if (failed.contains(slot) || (!doc.deleted() && body == null)) {
                rerender.add(doc);
            } else {
                writes.add(new PlannedWrite(doc, doc.version() - 1, !slot.stored, body));
            }
        });
        return new Plan(writes, rerender);
    }
}
