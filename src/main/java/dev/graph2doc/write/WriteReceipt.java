package dev.graph2doc.write;

import dev.graph2doc.phase.Phase;
import java.util.List;

/**
 * What a write did: the documents it changed with their new versions, the phase it was routed by, and what
 * became of the MongoDB side — {@code written}, {@code backlog} (MongoDB was down, slow or its breaker open:
 * the outbox will repair it), {@code captured} (recorded for the copy to pick up), or {@code none}.
 */
public record WriteReceipt(String tenant, Phase phase, List<TouchedDocument> documents, String mongodb) {

    public WriteReceipt {
        documents = List.copyOf(documents);
    }

    public static WriteReceipt ofGraph(String tenant, Phase phase, List<TouchedDocument> documents) {
        return new WriteReceipt(tenant, phase, documents, phase.capturesWrites() ? "captured" : "none");
    }

    public WriteReceipt withMongodb(String outcome) {
        return new WriteReceipt(tenant, phase, documents, outcome);
    }
}
