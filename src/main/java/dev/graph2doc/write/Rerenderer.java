package dev.graph2doc.write;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.KeyOrder;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.DocumentStore.StoredVersion;
import dev.graph2doc.store.DocumentStore.UpsertSummary;
import dev.graph2doc.store.GraphStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The repair that always works while the graph exists: render the documents afresh with the mapping's one
 * projection and write them version-guarded; a root that no longer exists becomes a tombstone. Returns what
 * MongoDB now holds, so the outbox can forget exactly that much (a document whose graph values cannot be
 * mapped, or that MongoDB refuses, is left out: it stays pending).
 */
public final class Rerenderer {

    private final Mapping mapping;
    private final GraphStore graph;
    private final DocumentStore documents;

    public Rerenderer(Mapping mapping, GraphStore graph, DocumentStore documents) {
        this.mapping = mapping;
        this.graph = graph;
        this.documents = documents;
    }

    /**
     * Rewrites each document of one tenant; returns them with the version MongoDB holds at least: the one rendered
     * (never the version asked for, so that a render older than an outbox entry cannot clear that entry).
     */
    public List<TouchedDocument> rewrite(String tenant, List<TouchedDocument> stale) {
        return repair(tenant, stale).written();
    }

    /** As {@link #rewrite}, saying which documents the version guard kept out, and why. */
    public RepairResult repair(String tenant, List<TouchedDocument> stale) {
        List<TouchedDocument> written = new ArrayList<>(stale.size());
        List<RepairResult.Kept> skipped = new ArrayList<>();
        List<RepairResult.Kept> conflicts = new ArrayList<>();
        Map<String, List<TouchedDocument>> byCollection = stale.stream()
                .collect(Collectors.groupingBy(TouchedDocument::collection, LinkedHashMap::new, Collectors.toList()));
        byCollection.forEach((name, docs) -> {
            RenderBatch rendered = graph.renderKeysLocked(collection(name), tenant,
                    docs.stream().map(TouchedDocument::key).distinct().toList());
            UpsertSummary summary = documents.upsertIfNewer(tenant, name, rendered.documents());
            written.addAll(rewrite(tenant, collection(name), docs, rendered, summary));
            if (summary.keptNewer() > 0) {
                sortKept(tenant, name, rendered.documents(), skipped, conflicts);
            }
        });
        return new RepairResult(written, skipped, conflicts);
    }

    /** One look-up of the stored versions, only when the guard kept something out: the common case costs nothing. */
    private void sortKept(String tenant, String collection, List<DocumentView> rendered, List<RepairResult.Kept> skipped,
                          List<RepairResult.Kept> conflicts) {
        Map<Object, StoredVersion> stored = documents.storedVersions(tenant, collection,
                rendered.stream().map(DocumentView::key).toList());
        for (DocumentView d : rendered) {
            StoredVersion now = stored.get(d.key());
            if (now != null && now.alone()) {
                conflicts.add(new RepairResult.Kept(collection, d.key(), d.version(), now.version()));
            } else if (now != null && now.version() > d.version()) {
                skipped.add(new RepairResult.Kept(collection, d.key(), d.version(), now.version()));
            }
        }
    }

    private List<TouchedDocument> rewrite(String tenant, CollectionMapping collection, List<TouchedDocument> docs,
                                          RenderBatch rendered, UpsertSummary summary) {
        Map<Object, DocumentView> byKey = new LinkedHashMap<>();
        rendered.documents().forEach(d -> byKey.put(d.key(), d));
        List<TouchedDocument> out = new ArrayList<>(docs.size());
        List<Object> notWritten = new ArrayList<>(rendered.problems().stream().map(p -> p.key()).toList());
        summary.refused().forEach(r -> notWritten.add(r.key()));
        for (TouchedDocument doc : docs) {
            DocumentView now = byKey.get(doc.key());
            if (notWritten.stream().anyMatch(k -> KeyOrder.same(k, doc.key()))) {
                continue; // unmappable or refused by MongoDB: stays in the outbox, visible in the backlog, until fixed
            }
            if (now == null) {
                documents.tombstone(tenant, collection.name(), doc.key(), doc.version());
                out.add(new TouchedDocument(collection.name(), doc.key(), doc.version(), true));
            } else {
                out.add(new TouchedDocument(collection.name(), doc.key(), now.version(), false));
            }
        }
        return out;
    }

    private CollectionMapping collection(String name) {
        return mapping.collection(name).orElseThrow(() -> new IllegalStateException("collection '" + name
                + "' is not in the active mapping " + mapping.source() + "; was the mapping changed mid-migration?"));
    }
}
