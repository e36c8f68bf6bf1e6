package dev.graph2doc.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProblemHandlerTest {

    private static final ProblemMapper STATES = e -> e instanceof IllegalStateException
            ? Optional.of(Problem.of(HttpStatus.CONFLICT, "state", e.getMessage() + ": wait").with("retry", true))
            : Optional.empty();

    @Test
    void shouldAnswerWithTheFirstMapperThatKnowsTheExceptionWhenSeveralAreAsked() {
        ProblemMapper never = e -> Optional.empty();
        HttpResponse<Map<String, Object>> answer = new ProblemHandler(List.of(never, STATES))
                .handle(HttpRequest.GET("/x"), new IllegalStateException("busy"));

        assertThat(answer.code()).isEqualTo(409);
        assertThat(answer.getContentType()).hasValueSatisfying(t -> assertThat(t.toString()).isEqualTo(Problem.MEDIA_TYPE));
        assertThat(answer.body()).containsEntry("type", "urn:graph2doc:problem:state").containsEntry("title", "Conflict")
                .containsEntry("status", 409).containsEntry("detail", "busy: wait").containsEntry("error", "busy: wait")
                .containsEntry("retry", true);
    }

    @Test
    void shouldAnswer500NamingTheRequestAndTheClassWhenNoMapperKnowsTheException() {
        HttpResponse<Map<String, Object>> answer = new ProblemHandler(List.of(STATES))
                .handle(HttpRequest.POST("/v1/tenants/acme/mutations", ""), new UnsupportedOperationException("x"));

        assertThat(answer.code()).isEqualTo(500);
        assertThat((String) answer.body().get("detail")).startsWith("graph2doc failed on POST /v1/tenants/acme/mutations "
                + "(UnsupportedOperationException); the instance's log has the stack trace");
    }

    @Test
    void shouldSendEveryHeaderOfTheProblemWhenItAnswers() {
        HttpResponse<Map<String, Object>> answer = Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "fenced", "fenced")
                .header("Retry-After", "1").response();

        assertThat(answer.getHeaders().get("Retry-After")).isEqualTo("1");
    }
}
