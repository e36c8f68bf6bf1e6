package dev.graph2doc.read.verify;

import java.time.Instant;
import java.util.List;

/**
 * One full verification, as persisted: the request, its state, and a slice per (tenant, collection) in the order they
 * are verified. {@code error}: why it failed (FAILED) or by whom it was cancelled (CANCELLED).
 */
public record VerificationRun(String id, VerificationRequest request, State state, Instant startedAt,
                              Instant finishedAt, String error, List<VerificationSlice> slices) {

    public enum State {
        RUNNING, DONE, FAILED, CANCELLED;

        public boolean finished() {
            return this != RUNNING;
        }
    }

    public VerificationRun {
        slices = List.copyOf(slices);
    }

    /** A new run: every named tenant's named collections, none verified yet. */
    public static VerificationRun start(String id, VerificationRequest request, Instant now) {
        List<VerificationSlice> slices = new java.util.ArrayList<>();
        for (String tenant : request.tenants()) {
            for (String collection : request.collections()) {
                slices.add(VerificationSlice.pending(slices.size(), tenant, collection));
            }
        }
        return new VerificationRun(id, request, State.RUNNING, now, null, null, slices);
    }

    /** The counts summed over the tenant's slices. */
    public VerificationCounts totals(String tenant) {
        return slices.stream().filter(s -> s.tenant().equals(tenant)).map(VerificationSlice::counts)
                .reduce(VerificationCounts.ZERO, VerificationCounts::plus);
    }

    public VerificationCounts totals() {
        return slices.stream().map(VerificationSlice::counts).reduce(VerificationCounts.ZERO, VerificationCounts::plus);
    }

    /**
     * The tenants this finished run proves clean: every collection of the mapping verified, nothing but matches.
     * A run limited to some collections proves nothing about the others, so it records no clean time.
     */
    public List<String> cleanTenants(List<String> mappedCollections) {
        if (state != State.DONE || !request.coversAll(mappedCollections)) {
            return List.of();
        }
        return request.tenants().stream()
                .filter(t -> slices.stream().filter(s -> s.tenant().equals(t)).allMatch(VerificationSlice::done))
                .filter(t -> totals(t).clean()).toList();
    }
}
