package dev.graph2doc.read.verify;

/** What the verifier concluded, document by document; metrics listen. No-op by default. */
public interface VerificationListener {

    VerificationListener NONE = new VerificationListener() {
    };

    /**
     * {@code documents} of the tenant's collection were judged {@code result}: matched, missing, extra, mismatched,
     * unsettled or unrenderable. A key a write raced is reported once, when re-checked; a repairing run reports the
     * difference it found, not the repair.
     */
    default void judged(String tenant, String collection, String result, long documents) {
    }
}
