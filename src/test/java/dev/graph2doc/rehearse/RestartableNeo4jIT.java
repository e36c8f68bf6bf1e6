package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;

/** The chaos rehearsal's "Neo4j stopped" fault stops a real engine: it must come back on the same port with its data. */
class RestartableNeo4jIT {

    @Test
    void shouldServeTheSameDataOnTheSamePortWhenRestarted() {
        try (RestartableNeo4j neo4j = new RestartableNeo4j()) {
            String uri = neo4j.boltUri().toString();
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                driver.executableQuery("CREATE (:Probe {name: 'kept'})").execute();
            }

            neo4j.stop();
            boolean refusedWhileStopped;
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                driver.verifyConnectivity();
                refusedWhileStopped = false;
            } catch (RuntimeException e) {
                refusedWhileStopped = true;
            }
            neo4j.restart();

            assertThat(refusedWhileStopped).as("nothing listens while stopped").isTrue();
            assertThat(neo4j.boltUri().toString()).isEqualTo(uri);
            try (Driver driver = GraphDatabase.driver(uri, AuthTokens.none())) {
                assertThat(driver.executableQuery("MATCH (p:Probe) RETURN p.name AS name").execute().records())
                        .extracting(r -> r.get("name").asString()).containsExactly("kept");
            }
        }
    }
}
