package dev.graph2doc.read;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentValues;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Reference;
import dev.graph2doc.read.shadow.ReadQuery;
import dev.graph2doc.store.FieldFilter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a data-API read against the mapping before any store sees it: the collection, the key or {@code after}
 * cursor, the {@code where.<field>} filters (mapped top-level root fields only) and the {@code limit}.
 */
public final class ReadRequests {

    static final int MAX_KEY = 512;
    private static final Pattern FIELD = Pattern.compile("[A-Za-z0-9_-]{1,128}");
    private static final String WHERE = "where.";

    private final Mapping mapping;
    private final int defaultLimit;
    private final int maxLimit;
    private final KeyTypes keyTypes;

    public ReadRequests(Mapping mapping, int defaultLimit, int maxLimit, KeyTypes keyTypes) {
        this.mapping = mapping;
        this.defaultLimit = defaultLimit;
        this.maxLimit = maxLimit;
        this.keyTypes = keyTypes;
    }

    public CollectionMapping collection(String name) {
        return mapping.collection(name).orElseThrow(() -> new UnknownCollectionException(name,
                mapping.collections().stream().map(CollectionMapping::name).toList()));
    }

    public Object key(String tenant, CollectionMapping collection, String raw, String what) {
        if (raw == null || raw.isEmpty() || raw.length() > MAX_KEY || raw.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException(what + " '" + printable(String.valueOf(raw)) + "' is not a key of "
                    + collection.name() + ": keys are 1 to " + MAX_KEY + " characters without control characters"
                    + ("after".equals(what) ? "; pass the 'next' value of the previous page" : ""));
        }
        return keyTypes.typed(tenant, collection, raw);
    }

    /** {@code params}: every query parameter of the request, each with all its values. */
    public ReadQuery query(String tenant, CollectionMapping collection, Map<String, List<String>> params) {
        Map<String, List<Object>> filter = new LinkedHashMap<>();
        Object after = null;
        int limit = defaultLimit;
        for (Map.Entry<String, List<String>> p : params.entrySet()) {
            String name = p.getKey();
            String value = single(name, p.getValue());
            if (name.startsWith(WHERE)) {
                filter.put(filterField(collection, name.substring(WHERE.length())), FilterValues.candidates(value));
            } else if (name.equals("after")) {
                after = key(tenant, collection, value, "after");
            } else if (name.equals("limit")) {
                limit = limit(value);
            } else {
                throw new IllegalArgumentException("unknown query parameter '" + printable(name)
                        + "': use where.<field>=<value>, limit=<1.." + maxLimit + ">, after=<key>");
            }
        }
        return new ReadQuery(collection.name(), new FieldFilter(filter), after, limit);
    }

    private String filterField(CollectionMapping collection, String field) {
        List<String> allowed = collection.fields().all() ? null : collection.fields().names();
        boolean neighbour = collection.embeds().stream().map(Embed::field).anyMatch(field::equals)
                || collection.references().stream().map(Reference::field).anyMatch(field::equals);
        boolean wellFormed = FIELD.matcher(field).matches() && !field.startsWith(DocumentValues.INTERNAL_PREFIX);
        if (!wellFormed || neighbour || (allowed != null && !allowed.contains(field))) {
            throw new IllegalArgumentException("cannot filter " + collection.name() + " on '" + printable(field)
                    + "': filters take mapped top-level fields of the root" + (allowed == null ? "" : " " + allowed)
                    + ", not embedded or referenced neighbours");
        }
        return field;
    }

    private int limit(String value) {
        int limit;
        try {
            limit = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            limit = -1;
        }
        if (limit < 1 || limit > maxLimit) {
            throw new IllegalArgumentException("limit '" + printable(value) + "' must be a whole number from 1 to "
                    + maxLimit + " (graph2doc.read.max-limit); page on with 'after'");
        }
        return limit;
    }

    private static String single(String name, List<String> values) {
        if (values.size() != 1) {
            throw new IllegalArgumentException("query parameter '" + printable(name) + "' is given " + values.size()
                    + " times; give it once");
        }
        return values.get(0);
    }

    static String printable(String s) {
        String shown = s.length() > 80 ? s.substring(0, 80) + "..." : s;
        return shown.replaceAll("\\p{Cntrl}", "?");
    }
}
