package dev.graph2doc.read;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.shadow.ReadQuery;
import dev.graph2doc.read.shadow.ReadSource;
import dev.graph2doc.store.FieldFilter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A key in a URL is text; keys may be strings or integers (see the data API's writes). A digits-only key is read
 * as an integer when the collection's keys are integers, learned once per tenant and collection from its first
 * document on the serving store (an empty collection is asked again next time).
 */
public final class KeyTypes {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");

    private final TenantPhases phases;
    private final ReadRouter router;
    private final Map<String, Boolean> integerKeys = new ConcurrentHashMap<>();

    public KeyTypes(TenantPhases phases, ReadRouter router) {
        this.phases = phases;
        this.router = router;
    }

    Object typed(String tenant, CollectionMapping collection, String raw) {
        if (!INTEGER.matcher(raw).matches()) {
            return raw;
        }
        return integerKeyed(tenant, collection) ? Long.parseLong(raw) : raw;
    }

    private boolean integerKeyed(String tenant, CollectionMapping collection) {
        String id = tenant + "\u0000" + collection.name();
        Boolean known = integerKeys.get(id);
        if (known != null) {
            return known;
        }
        ReadSource source = router.control(phases.phaseOf(tenant));
        List<DocumentView> first = source.page(tenant, collection,
                new ReadQuery(collection.name(), FieldFilter.NONE, null, 1)).items();
        if (first.isEmpty()) {
            return false;
        }
        boolean integers = first.get(0).key() instanceof Number;
        integerKeys.put(id, integers);
        return integers;
    }
}
