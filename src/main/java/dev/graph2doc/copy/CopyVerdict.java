package dev.graph2doc.copy;

import java.time.Instant;
import java.util.List;

/**
 * The completeness check of one tenant's collection once every partition is done (see {@code CopyAudit}):
 * {@code graphRoots} the roots the graph holds, {@code missing} up to {@link #EXAMPLES} keys MongoDB still lacks
 * after they were copied by key once more (findings excluded), {@code missingCount} all of them.
 */
public record CopyVerdict(String tenant, String collection, Instant checkedAt, long graphRoots, long missingCount,
                          List<Object> missing) {

    public static final int EXAMPLES = 20;

    public CopyVerdict {
        missing = List.copyOf(missing);
    }

    public boolean complete() {
        return missingCount == 0;
    }
}
