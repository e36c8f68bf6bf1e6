package dev.graph2doc.write;

import java.util.List;

/**
 * What a re-render did: the documents MongoDB now holds at least at their rendered version ({@code written}, which
 * the outbox may forget), and among them those the version guard kept out — as new or newer in MongoDB
 * ({@code skipped}), or written by MongoDB alone after {@code UNFORKED} ({@code conflicts}: never overwritten from
 * the graph, left for the operator).
 */
public record RepairResult(List<TouchedDocument> written, List<Kept> skipped, List<Kept> conflicts) {

    public RepairResult {
        written = List.copyOf(written);
        skipped = List.copyOf(skipped);
        conflicts = List.copyOf(conflicts);
    }

    /** A rendered document not written: the version rendered from the graph, and the one MongoDB holds. */
    public record Kept(String collection, Object key, long rendered, long stored) {
    }
}
