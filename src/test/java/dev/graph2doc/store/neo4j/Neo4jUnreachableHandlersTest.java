package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

class Neo4jUnreachableHandlersTest {

    @Test
    void shouldAnswer503NamingNeo4jTheFirstLineOfTheCauseAndTheSettingWhenNoConnectionCanBeMade() {
        HttpResponse<Map<String, Object>> answer = new Neo4jUnreachableHandlers.Unavailable().handle(null,
                new ServiceUnavailableException("Connection to the database terminated.\nPlease ensure that your database is listening"));

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat((String) answer.body().get("error")).isEqualTo("Neo4j could not be reached (ServiceUnavailableException: "
                + "Connection to the database terminated.); the request did not complete: retry it after 5 s, and if this "
                + "persists check that Neo4j is running and reachable from this instance at neo4j.uri (NEO4J_URI).");
    }

    @Test
    void shouldAnswer503NamingNeo4jWhenTheSessionExpiredMidRequest() {
        HttpResponse<Map<String, Object>> answer = new Neo4jUnreachableHandlers.Expired().handle(null,
                new SessionExpiredException("Server at 127.0.0.1:7687 is no longer available"));

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat((String) answer.body().get("error"))
                .startsWith("Neo4j could not be reached (SessionExpiredException: Server at 127.0.0.1:7687 is no longer available)");
    }
}
