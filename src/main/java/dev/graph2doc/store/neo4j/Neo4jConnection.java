package dev.graph2doc.store.neo4j;

import org.neo4j.driver.Driver;

/** The live Neo4j connection as the adapters' health check reports it; the wiring provides it. */
public interface Neo4jConnection {

    Driver neo4j();

    String neo4jUri();

    boolean embedded();
}
