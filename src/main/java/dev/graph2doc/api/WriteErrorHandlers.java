package dev.graph2doc.api;

import dev.graph2doc.phase.FencedException;
import dev.graph2doc.store.ServiceUnavailable;
import dev.graph2doc.write.BatchTooLargeException;
import dev.graph2doc.write.MutationProblem;
import dev.graph2doc.write.MutationRejectedException;
import dev.graph2doc.write.StoreUnavailableException;
import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;

/**
 * How the write path's refusals answer: 400 with every problem, 413 for an oversized batch, 503 for a store down or a
 * fenced instance.
 */
final class WriteErrorHandlers {

    private WriteErrorHandlers() {
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Rejected implements ExceptionHandler<MutationRejectedException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, MutationRejectedException e) {
            List<Map<String, Object>> problems = e.problems().stream()
                    .map((MutationProblem p) -> Map.<String, Object>of("index", p.index(), "reason", p.reason())).toList();
            return HttpResponse.badRequest(Map.of("error", e.getMessage(), "problems", problems));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class TooLarge implements ExceptionHandler<BatchTooLargeException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, BatchTooLargeException e) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.REQUEST_ENTITY_TOO_LARGE)
                    .body(Map.of("error", e.getMessage()));
        }
    }

    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Unavailable implements ExceptionHandler<StoreUnavailableException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, StoreUnavailableException e) {
            return ServiceUnavailable.answer(e.getMessage());
        }
    }

    /** A fenced instance: 503, to be retried on another instance (a load balancer sees FENCED in /health too). */
    @Produces
    @Singleton
    @Requires(classes = ExceptionHandler.class)
    static class Fenced implements ExceptionHandler<FencedException, HttpResponse<Map<String, Object>>> {
        @Override
        public HttpResponse<Map<String, Object>> handle(HttpRequest request, FencedException e) {
            return HttpResponse.<Map<String, Object>>status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "1")
                    .body(Map.of("error", e.getMessage(), "fenced", true));
        }
    }
}
