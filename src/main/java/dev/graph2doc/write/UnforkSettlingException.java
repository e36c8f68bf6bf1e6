package dev.graph2doc.write;

import java.time.Duration;

/** An unforked tenant's first MongoDB-only write found repairs still pending after the settle timeout (503). */
public final class UnforkSettlingException extends StoreUnavailableException {

    public UnforkSettlingException(String tenant, long backlog, Duration waited) {
        super("Tenant '" + tenant + "' is unforked but " + backlog + " document(s) still wait for repair from Neo4j "
                + "after " + waited + "; MongoDB-only writes start once they are repaired: nothing was written, retry "
                + "the request (GET /migration shows the backlog)");
    }
}
