package dev.graph2doc.problem;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one handler for graph2doc's exceptions: the first {@link ProblemMapper} that knows the exception answers; an
 * exception none knows is a fault of the service, answered 500 with its class and logged with its stack trace.
 * Micronaut's own handlers (malformed JSON, a wrong content type, an oversized body) are more specific and keep
 * answering, in the same shape, through {@link ProblemBodies}.
 */
@Produces
@Singleton
@Requires(classes = ExceptionHandler.class)
final class ProblemHandler implements ExceptionHandler<RuntimeException, HttpResponse<Map<String, Object>>> {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ProblemHandler.class);

    private final List<ProblemMapper> mappers;

    ProblemHandler(List<ProblemMapper> mappers) {
        this.mappers = mappers;
    }

    @Override
    public HttpResponse<Map<String, Object>> handle(HttpRequest request, RuntimeException error) {
        return problemFor(error).orElseGet(() -> unexpected(request, error)).response();
    }

    Optional<Problem> problemFor(RuntimeException error) {
        return mappers.stream().flatMap(m -> m.problemFor(error).stream()).findFirst();
    }

    private static Problem unexpected(HttpRequest<?> request, RuntimeException error) {
        LOG.error("{} {} failed", request.getMethod(), request.getPath(), error);
        return Problem.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "graph2doc failed on " + request.getMethod()
                + " " + request.getPath() + " (" + error.getClass().getSimpleName() + "); the instance's log has the "
                + "stack trace: report it with the log line, and retry the request if it is safe to repeat");
    }
}
