package dev.graph2doc.write;

import java.time.Duration;

/** An unforked tenant's first MongoDB-only write could not start within the settle timeout (503). */
public final class UnforkSettlingException extends StoreUnavailableException {

    public UnforkSettlingException(String tenant, String why, Duration waited) {
        super("Tenant '" + tenant + "' is unforked but MongoDB-only writes could not start after " + waited + ": "
                + why + ". Nothing was written; retry the request (GET /migration shows the backlog)");
    }
}
