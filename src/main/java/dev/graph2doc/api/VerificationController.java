package dev.graph2doc.api;

import dev.graph2doc.read.verify.VerificationCounts;
import dev.graph2doc.read.verify.VerificationExample;
import dev.graph2doc.read.verify.VerificationRun;
import dev.graph2doc.read.verify.VerificationService;
import dev.graph2doc.read.verify.VerificationSlice;
import dev.graph2doc.security.OperatorActions;
import io.micronaut.core.annotation.Nullable;
import dev.graph2doc.problem.Problem;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import java.security.Principal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/**
 * Full verifications: started here, run by the instances' verification workers, read back by id. Bad requests answer
 * 400 through {@link ErrorTable}; nothing is stored for them.
 */
@ApiResponse(responseCode = "4XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@ApiResponse(responseCode = "5XX", description = ProblemSchema.DESCRIPTION,
        content = @Content(mediaType = ProblemSchema.MEDIA_TYPE, schema = @Schema(implementation = ProblemSchema.class)))
@Controller("/migration/verifications")
@ExecuteOn(TaskExecutors.BLOCKING)
class VerificationController {

    private final VerificationService verifications;
    private final OperatorActions actions;

    VerificationController(VerificationService verifications, OperatorActions actions) {
        this.verifications = verifications;
        this.actions = actions;
    }

    @Post
    HttpResponse<RunView> start(@Body @Nullable Map<String, Object> body, @Nullable Principal operator) {
        RunView run = RunView.of(verifications.start(body));
        actions.record(operator, "verification.start", "id=" + run.id() + " tenants=" + run.tenants()
                + " collections=" + run.collections() + " repair=" + run.repair());
        return HttpResponse.accepted().body(run);
    }

    @Get
    List<RunView> recent(@QueryValue(defaultValue = "20") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit = " + limit + " must be 1..1000");
        }
        return verifications.recent(limit).stream().map(RunView::of).toList();
    }

    @Get("/{id}")
    HttpResponse<?> get(String id) {
        return verifications.find(id).<HttpResponse<?>>map(run -> HttpResponse.ok(RunView.of(run)))
                .orElseGet(() -> notFound(id));
    }

    @Post("/{id}/cancel")
    HttpResponse<?> cancel(String id, @Nullable Principal operator) {
        return verifications.cancel(id).<HttpResponse<?>>map(run -> {
            actions.record(operator, "verification.cancel", "id=" + id);
            return HttpResponse.ok(RunView.of(run));
        }).orElseGet(() -> notFound(id));
    }

    private static HttpResponse<?> notFound(String id) {
        return Problem.of(HttpStatus.NOT_FOUND, "verification-not-found", "no verification with id '" + id
                + "': GET /migration/verifications lists the recent ones, POST /migration/verifications starts one")
                .response();
    }

    /** A run as operators see it; times as ISO-8601 strings, counts per tenant collection with example keys per kind. */
    record RunView(String id, String state, boolean repair, List<String> tenants, List<String> collections,
                   String startedAt, String finishedAt, String error, Progress progress, VerificationCounts totals,
                   List<Result> results) {

        static RunView of(VerificationRun run) {
            long done = run.slices().stream().filter(VerificationSlice::done).count();
            long expected = run.slices().stream().mapToLong(VerificationSlice::expected).sum();
            Progress progress = new Progress(run.slices().size(), done, run.totals().verified(), expected);
            return new RunView(run.id(), run.state().name(), run.request().repair(), run.request().tenants(),
                    run.request().collections(), text(run.startedAt()), text(run.finishedAt()), run.error(), progress,
                    run.totals(), run.slices().stream().map(Result::of).toList());
        }
    }

    /** {@code expectedDocuments}: the graph's roots counted as each collection began (unknown for those not begun). */
    record Progress(int collections, long collectionsDone, long documentsVerified, long expectedDocuments) {
    }

    record Result(String tenant, String collection, String state, long expected, VerificationCounts counts,
                  Map<String, List<Example>> examples) {

        static Result of(VerificationSlice s) {
            Map<String, List<Example>> examples = new LinkedHashMap<>();
            for (String kind : List.of("missing", "extra", "mismatched", "unsettled", "unrenderable")) {
                examples.put(kind, s.examples().stream().filter(e -> e.kind().equals(kind)).map(Example::of).toList());
            }
            return new Result(s.tenant(), s.collection(), s.state().name(), s.expected(), s.counts(), examples);
        }
    }

    record Example(Object key, String outcome, List<String> paths) {

        static Example of(VerificationExample e) {
            return new Example(e.key() instanceof Instant i ? i.toString() : e.key(), e.outcome(), e.paths());
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
