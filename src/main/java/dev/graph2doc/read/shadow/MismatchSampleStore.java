package dev.graph2doc.read.shadow;

import java.util.List;

/** The last mismatch samples, capped: adding past the capacity forgets the oldest. */
public interface MismatchSampleStore {

    void add(MismatchSample sample);

    /** Newest first; {@code tenant} and {@code collection} null: any. */
    List<MismatchSample> recent(String tenant, String collection, int limit);
}
