package dev.graph2doc.read.verify;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How full verifications run ({@code graph2doc.verify.*}).
 *
 * @param batchSize               documents read per store per batch; also the most raced keys held before they are
 *                                re-checked early, so memory stays flat whatever the collection's size
 * @param maxDocumentsPerSecond   cap per instance so a scan does not starve live traffic; 0 = none
 * @param maxExamples             example keys kept per kind (missing, extra, ...) per tenant collection
 * @param lease                   how long a claimed run stays with an instance without a checkpoint
 * @param pollInterval            how often an idle worker looks for unfinished runs
 */
public record VerificationSettings(int batchSize, long maxDocumentsPerSecond, int maxExamples, Duration lease,
                                   Duration pollInterval) {

    public static final VerificationSettings DEFAULT =
            new VerificationSettings(500, 0, 10, Duration.ofSeconds(30), Duration.ofSeconds(1));

    /** Every bad value is reported at once, by its configuration key. */
    public VerificationSettings {
        List<String> problems = new ArrayList<>();
        if (batchSize < 1 || batchSize > 10_000) {
            problems.add("graph2doc.verify.batch-size = " + batchSize + " must be 1..10000");
        }
        if (maxDocumentsPerSecond < 0) {
            problems.add("graph2doc.verify.max-documents-per-second = " + maxDocumentsPerSecond + " must be 0 (no cap) or more");
        }
        if (maxExamples < 0 || maxExamples > 1000) {
            problems.add("graph2doc.verify.max-examples = " + maxExamples + " must be 0..1000");
        }
        if (lease.compareTo(Duration.ofSeconds(2)) < 0) {
            problems.add("graph2doc.verify.lease = " + lease + " must be at least 2s");
        }
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            problems.add("graph2doc.verify.poll-interval = " + pollInterval + " must be positive");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }
}
