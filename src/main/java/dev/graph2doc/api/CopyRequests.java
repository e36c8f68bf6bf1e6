package dev.graph2doc.api;

import java.util.List;

/** Request bodies of the copy endpoints. */
final class CopyRequests {

    private CopyRequests() {
    }

    /**
     * Which tenants and collections to copy; empty or absent means all. {@code restart} forgets their earlier copy
     * (progress, findings, completeness verdict) and copies them afresh: after fixing the data or the mapping.
     */
    record Start(List<String> tenants, List<String> collections, Boolean restart) {

        boolean restarting() {
            return Boolean.TRUE.equals(restart);
        }
    }

    record Throttle(Long maxDocumentsPerSecond) {
    }
}
