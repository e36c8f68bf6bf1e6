package dev.graph2doc.read.shadow;

import dev.graph2doc.mapping.CollectionMapping;
import java.util.List;

/** A read the comparator can repeat on the candidate store: one key, or one page of a collection. */
public sealed interface ShadowRead {

    String tenant();

    CollectionMapping collection();

    Observation on(ReadSource source);

    record KeyRead(String tenant, CollectionMapping collection, Object key) implements ShadowRead {

        @Override
        public Observation on(ReadSource source) {
            return new Observation(source.get(tenant, collection, key).stream().toList(), null);
        }
    }

    record PageRead(String tenant, CollectionMapping collection, ReadQuery query) implements ShadowRead {

        @Override
        public Observation on(ReadSource source) {
            return observed(source.page(tenant, collection, query));
        }

        public static Observation observed(ReadPage page) {
            return new Observation(page.items(), page.next());
        }
    }

    static Observation observed(List<dev.graph2doc.mapping.DocumentView> documents) {
        return new Observation(documents, null);
    }
}
