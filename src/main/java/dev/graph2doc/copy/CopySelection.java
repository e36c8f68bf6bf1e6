package dev.graph2doc.copy;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.ArrayList;
import java.util.List;

/** Which collections a copy request means; an unknown name is refused with the known ones listed. */
final class CopySelection {

    private CopySelection() {
    }

    static List<CollectionMapping> collections(Mapping mapping, List<String> names) {
        if (names == null || names.isEmpty()) {
            return mapping.collections();
        }
        List<CollectionMapping> chosen = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String name : names) {
            mapping.collection(name).ifPresentOrElse(chosen::add, () -> unknown.add(name));
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("Unknown collection(s) " + unknown + ": the mapping " + mapping.source()
                    + " declares " + mapping.collections().stream().map(CollectionMapping::name).toList());
        }
        return chosen;
    }
}
