package dev.graph2doc.copy;

import java.time.Instant;
import java.util.List;

/**
 * The completeness check of one tenant's collection once every partition is done: every root the graph holds was
 * looked up in MongoDB (whatever its key's type), and those missing were copied by key once more. {@code missing}
 * names up to {@link #EXAMPLES} keys still absent (findings excluded); {@code missingCount} counts them all.
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
