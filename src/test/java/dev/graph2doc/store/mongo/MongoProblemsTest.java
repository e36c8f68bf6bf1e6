package dev.graph2doc.store.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import io.micronaut.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MongoProblemsTest {

    @Test
    void shouldAnswer503NamingMongoDbTheCauseAndTheSettingWhenNoServerIsSelectedInTime() {
        HttpResponse<Map<String, Object>> answer = new MongoProblems().problemFor(
                new MongoTimeoutException("Timed out while waiting for a server that matches WritableServerSelector")).orElseThrow().response();

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat(answer.body()).containsOnlyKeys("type", "title", "status", "detail", "error");
        assertThat(answer.body().get("detail")).isEqualTo(answer.body().get("error"));
        assertThat((String) answer.body().get("error")).isEqualTo("MongoDB could not be reached (MongoTimeoutException: "
                + "Timed out while waiting for a server that matches WritableServerSelector); the request did not complete: "
                + "retry it after 5 s, and if this persists check that MongoDB is running and reachable from this instance "
                + "at mongodb.uri (MONGODB_URI).");
    }

    @Test
    void shouldAnswer503NamingMongoDbWhenTheConnectionBreaksMidRequest() {
        HttpResponse<Map<String, Object>> answer = new MongoProblems().problemFor(
                new MongoSocketReadException("Prematurely reached end of stream", new ServerAddress("127.0.0.1", 27017))).orElseThrow().response();

        assertThat(answer.code()).isEqualTo(503);
        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("5");
        assertThat((String) answer.body().get("error"))
                .startsWith("MongoDB could not be reached (MongoSocketReadException: Prematurely reached end of stream)");
    }

    @Test
    void shouldLeaveOtherFailuresToOtherMappersWhenTheStoreIsNotInvolved() {
        assertThat(new MongoProblems().problemFor(new IllegalStateException("x"))).isEmpty();
    }
}
