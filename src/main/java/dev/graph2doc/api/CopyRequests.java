package dev.graph2doc.api;

import java.util.List;

/** Request bodies of the copy endpoints. */
final class CopyRequests {

    private CopyRequests() {
    }

    /** Which tenants and collections to copy; empty or absent means all. */
    record Start(List<String> tenants, List<String> collections) {
    }

    record Throttle(Long maxDocumentsPerSecond) {
    }
}
