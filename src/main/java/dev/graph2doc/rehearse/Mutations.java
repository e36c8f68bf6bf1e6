package dev.graph2doc.rehearse;

import java.util.Map;

/** The data API's mutation objects (docs/phases.md, "Phase 2: the write path"), as maps for the JSON body. */
final class Mutations {

    private Mutations() {
    }

    static Map<String, Object> upsert(String label, Object key, Map<String, Object> properties) {
        return Map.of("op", "upsertNode", "label", label, "key", key, "properties", properties);
    }

    static Map<String, Object> delete(String label, Object key) {
        return Map.of("op", "deleteNode", "label", label, "key", key);
    }

    static Map<String, Object> link(String type, String fromLabel, Object fromKey, String toLabel, Object toKey) {
        return Map.of("op", "link", "type", type, "from", Map.of("label", fromLabel, "key", fromKey),
                "to", Map.of("label", toLabel, "key", toKey));
    }

    static Map<String, Object> unlink(String type, String fromLabel, Object fromKey, String toLabel, Object toKey) {
        return Map.of("op", "unlink", "type", type, "from", Map.of("label", fromLabel, "key", fromKey),
                "to", Map.of("label", toLabel, "key", toKey));
    }
}
