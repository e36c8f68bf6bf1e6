package dev.graph2doc.store.neo4j;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;

class Neo4jProblemsTest {

    @Test
    void shouldAnswer503NamingNeo4jTheFirstLineOfTheCauseAndTheSettingWhenNoConnectionCanBeMade() {
        HttpResponse<Map<String, Object>> answer = new Neo4jProblems().problemFor(
                new ServiceUnavailableException("Connection to the database terminated.\nPlease ensure that your database is listening")).orElseThrow().response();

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat((String) answer.body().get("error")).isEqualTo("Neo4j could not be reached (ServiceUnavailableException: "
                + "Connection to the database terminated.); the request did not complete: retry it after 5 s, and if this "
                + "persists check that Neo4j is running and reachable from this instance at neo4j.uri (NEO4J_URI).");
    }

    @Test
    void shouldAnswer503NamingNeo4jWhenTheSessionExpiredMidRequest() {
        HttpResponse<Map<String, Object>> answer = new Neo4jProblems().problemFor(
                new SessionExpiredException("Server at 127.0.0.1:7687 is no longer available")).orElseThrow().response();

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat((String) answer.body().get("error"))
                .startsWith("Neo4j could not be reached (SessionExpiredException: Server at 127.0.0.1:7687 is no longer available)");
    }

    @Test
    void shouldLeaveOtherFailuresToOtherMappersWhenTheStoreIsNotInvolved() {
        assertThat(new Neo4jProblems().problemFor(new IllegalStateException("x"))).isEmpty();
    }
}
