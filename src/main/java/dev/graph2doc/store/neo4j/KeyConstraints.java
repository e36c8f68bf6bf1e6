package dev.graph2doc.store.neo4j;

import static dev.graph2doc.store.neo4j.CypherNames.escape;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.Mapping;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.neo4j.driver.exceptions.ClientException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The graph store's schema: one key constraint (or, failing that, an index) per collection root of the mapping. */
final class KeyConstraints {

    private static final Logger LOG = LoggerFactory.getLogger(KeyConstraints.class);

    private final Driver driver;
    private final Mapping mapping;

    KeyConstraints(Driver driver, Mapping mapping) {
        this.driver = driver;
        this.mapping = mapping;
    }

    /** Each constraint is retried on its own: instances starting together would otherwise collide label after label. */
    void prepare() {
        SchemaPreparation schema = new SchemaPreparation();
        for (CollectionMapping c : mapping.collections()) {
            schema.prepare("the key constraint of " + c.root() + " (" + mapping.source() + ")", driver,
                    session -> keyConstraint(session, c));
        }
        schema.prepare("the key constraints' indexes", driver,
                session -> CrossTenantQuery.schema("CALL db.awaitIndexes(300)").run(session).consume());
    }

    /**
     * A uniqueness constraint on (tenant, key): its index serves the key-ordered reads, and it is what makes the
     * write path's MERGE safe when two requests create the same node at once. A graph that already holds
     * duplicate keys cannot take it (the mapping check reports those); it gets a plain index instead.
     */
    private void keyConstraint(Session session, CollectionMapping c) {
        String label = escape(c.root());
        List<String> properties = mapping.tenancy().isFixed() ? List.of(c.key()) : List.of(mapping.tenancy().property(), c.key());
        String on = String.join(", ", properties.stream().map(p -> "n." + escape(p)).toList());
        String constraint = "g2d_unique_" + c.root() + "_" + c.key();
        try {
            // a plain index on the same properties (ours from before, or the application's) blocks the constraint;
            // one named as the constraint is its own, shown without owner while another instance creates it
            CrossTenantQuery.schema("SHOW INDEXES YIELD name, labelsOrTypes, properties, owningConstraint, entityType "
                            + "WHERE entityType = 'NODE' AND owningConstraint IS NULL AND labelsOrTypes = [$label] "
                            + "AND properties = $properties AND name <> $constraint RETURN name",
                            Map.of("label", c.root(), "properties", properties, "constraint", constraint))
                    .run(session).list(r -> r.get("name").asString())
                    .forEach(name -> CrossTenantQuery.schema("DROP INDEX " + escape(name) + " IF EXISTS").run(session).consume());
            CrossTenantQuery.schema("CREATE CONSTRAINT " + escape(constraint)
                    + " IF NOT EXISTS FOR (n:" + label + ") REQUIRE (" + on + ") IS UNIQUE").run(session).consume();
        } catch (ClientException e) {
            if (SchemaPreparation.isRace(e)) {
                throw e; // another instance made it meanwhile: not duplicate keys, and the next attempt finds it
            }
            LOG.warn("{} keys are not unique per tenant ({}); indexing them without the uniqueness constraint, so two "
                    + "concurrent creations of one new key could both succeed", c.root(), e.getMessage());
            CrossTenantQuery.schema("CREATE INDEX " + escape("g2d_" + c.root() + "_" + c.key()) + " IF NOT EXISTS FOR (n:"
                    + label + ") ON (" + on + ")").run(session).consume();
        }
    }
}
