package dev.graph2doc.copy;

import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.phase.Gate;
import io.micronaut.context.annotation.Factory;
import io.micronaut.core.annotation.Order;
import jakarta.inject.Singleton;
import java.util.List;

/** The copy's gates on the phase machine: every root copied, and no finding of the copy left unresolved. */
@Factory
class CopyGates {

    @Singleton
    @Order(1)
    Gate copyComplete(ActiveMapping mapping, CopyStateStore copies) {
        return new CopyCompleteGate(collections(mapping), copies);
    }

    @Singleton
    @Order(2)
    Gate copyFindings(ActiveMapping mapping, CopyStateStore copies) {
        return new CopyFindingsGate(collections(mapping), copies);
    }

    private static List<String> collections(ActiveMapping mapping) {
        return mapping.get().collections().stream().map(CollectionMapping::name).toList();
    }
}
