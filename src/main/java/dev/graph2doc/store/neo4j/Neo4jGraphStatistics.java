package dev.graph2doc.store.neo4j;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Embed;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.store.GraphStatistics;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.Value;

/** Fan-out statistics in two aggregate queries per tenant and collection ({@link StatisticsQuery}). */
public final class Neo4jGraphStatistics implements GraphStatistics {

    private final Driver driver;
    private final Mapping mapping;

    public Neo4jGraphStatistics(Driver driver, Mapping mapping) {
        this.driver = driver;
        this.mapping = mapping;
    }

    @Override
    public CollectionStatistics measure(CollectionMapping collection, String tenant, int largest, long probeCap) {
        StatisticsQuery query = new StatisticsQuery(mapping, collection, TenantCypher.forTenant(mapping.tenancy(), tenant));
        if (mapping.tenancy().isFixed() && !mapping.tenancy().fixed().equals(tenant)) {
            // a fixed-tenant graph holds exactly one tenant; any other has no roots
            return CollectionStatistics.empty(query.fields().stream().map(f -> new FieldStatistics(f, 0, 0, null)).toList());
        }
        try (Session session = driver.session()) {
            Record totals = session.executeRead(tx -> query.aggregate(probeCap).run(tx).single());
            List<RootFanOut> top = new ArrayList<>(session.executeRead(tx -> query.largest(largest).run(tx)
                    .list(row -> fanOut(row, query.fields()))));
            List<Object> seen = top.stream().map(RootFanOut::key).toList();
            session.executeRead(tx -> query.heaviest(largest).run(tx).list(row -> fanOut(row, query.fields())))
                    .stream().filter(r -> !seen.contains(r.key())).forEach(top::add);
            return new CollectionStatistics(totals.get("roots").asLong(), fields(totals, query.fields()), top);
        }
    }

    @Override
    public List<EmbedReach> reach(CollectionMapping collection, String tenant) {
        StatisticsQuery query = new StatisticsQuery(mapping, collection, TenantCypher.forTenant(mapping.tenancy(), tenant));
        boolean otherTenant = mapping.tenancy().isFixed() && !mapping.tenancy().fixed().equals(tenant);
        List<EmbedReach> reach = new ArrayList<>();
        try (Session session = driver.session()) {
            for (Embed e : collection.embeds()) {
                if (otherTenant) {
                    reach.add(new EmbedReach(e.field(), 0, 0, 0));
                    continue;
                }
                Record row = session.executeRead(tx -> query.reach(e).run(tx).single());
                reach.add(new EmbedReach(e.field(), row.get("neighbours").asLong(), longOrZero(row.get("max")),
                        longOrZero(row.get("p99"))));
            }
        }
        return reach;
    }

    private static List<FieldStatistics> fields(Record totals, List<String> names) {
        List<FieldStatistics> fields = new ArrayList<>(names.size());
        for (int i = 0; i < names.size(); i++) {
            Value probe = totals.get("probe" + i);
            fields.add(new FieldStatistics(names.get(i), longOrZero(totals.get("max" + i)),
                    longOrZero(totals.get("p99" + i)), probe.isNull() ? null : Neo4jValues.toDocumentValue(probe)));
        }
        return fields;
    }

    private static RootFanOut fanOut(Record row, List<String> names) {
        Map<String, Long> items = new LinkedHashMap<>();
        for (int i = 0; i < names.size(); i++) {
            items.put(names.get(i), row.get("c" + i).asLong());
        }
        return new RootFanOut(Neo4jValues.toDocumentValue(row.get("key")), items);
    }

    /** Aggregates over no roots are null. */
    private static long longOrZero(Value value) {
        return value.isNull() ? 0 : value.asLong();
    }
}
