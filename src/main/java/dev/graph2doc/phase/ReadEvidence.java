package dev.graph2doc.phase;

import java.time.Instant;

/**
 * What the read comparison has shown for a tenant: reads compared and how many differed, and when a full
 * verification last found the stores equal (null: never). The shadow comparator and verifier provide it
 * ({@code read.ShadowEvidence}); {@link #NONE} is for tests of the gates.
 */
public interface ReadEvidence {

    ReadEvidence NONE = tenant -> Evidence.NONE;

    Evidence of(String tenant);

    record Evidence(long comparisons, long mismatches, Instant lastCleanVerification) {

        public static final Evidence NONE = new Evidence(0, 0, null);

        public double mismatchRatio() {
            return comparisons == 0 ? 0 : (double) mismatches / comparisons;
        }
    }
}
