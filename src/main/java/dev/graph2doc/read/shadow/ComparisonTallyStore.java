package dev.graph2doc.read.shadow;

/**
 * Shadow comparisons counted per tenant and phase entry ({@code phaseVersion} changes with every transition), shared
 * by every instance: the evidence the comparison gates read.
 */
public interface ComparisonTallyStore {

    void add(String tenant, long phaseVersion, long comparisons, long mismatches);

    Tally get(String tenant, long phaseVersion);

    record Tally(long comparisons, long mismatches) {

        public static final Tally NONE = new Tally(0, 0);

        public Tally plus(Tally other) {
            return new Tally(comparisons + other.comparisons, mismatches + other.mismatches);
        }
    }
}
