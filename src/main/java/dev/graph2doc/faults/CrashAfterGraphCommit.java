package dev.graph2doc.faults;

import dev.graph2doc.write.GraphCommitListener;
import dev.graph2doc.write.WriteReceipt;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

/**
 * {@code graph2doc.faults.crash-after-graph-commit=true}, a fault for rehearsals and tests: the process halts right
 * after the graph committed a write the phase would also send to MongoDB, as a power cut would. Not a bean otherwise.
 */
@Singleton
@Requires(property = "graph2doc.faults.crash-after-graph-commit", value = "true")
final class CrashAfterGraphCommit implements GraphCommitListener {

    @Override
    public void graphCommitted(WriteReceipt receipt) {
        System.err.println("graph2doc.faults.crash-after-graph-commit: halting after the graph committed "
                + receipt.documents().size() + " document(s) for tenant '" + receipt.tenant() + "'");
        Runtime.getRuntime().halt(137);
    }
}
