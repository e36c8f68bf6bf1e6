package dev.graph2doc.api;

import dev.graph2doc.copy.CopyNotReadyException;
import dev.graph2doc.phase.FencedException;
import dev.graph2doc.phase.TransitionRefusedException;
import dev.graph2doc.problem.Problem;
import dev.graph2doc.problem.ProblemMapper;
import dev.graph2doc.read.ReadUnavailableException;
import dev.graph2doc.read.UnknownCollectionException;
import dev.graph2doc.store.ServiceUnavailable;
import dev.graph2doc.write.BatchTooLargeException;
import dev.graph2doc.write.MutationProblem;
import dev.graph2doc.write.MutationRejectedException;
import dev.graph2doc.write.StoreUnavailableException;
import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * The core's exceptions and what each answers: the one exception → status table (the store adapters add their
 * drivers' failures through their own {@link ProblemMapper}s). Each exception's message is the sentence.
 */
@Singleton
final class ErrorTable implements ProblemMapper {

    @Override
    public Optional<Problem> problemFor(Throwable error) {
        return Optional.ofNullable(switch (error) {
            case MutationRejectedException e -> Problem.of(HttpStatus.BAD_REQUEST, "mutation-rejected", e.getMessage())
                    .with("problems", e.problems().stream().map((MutationProblem p) ->
                            Map.<String, Object>of("index", p.index(), "reason", p.reason())).toList());
            case BatchTooLargeException e -> Problem.of(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "batch-too-large",
                    e.getMessage());
            case UnknownCollectionException e -> Problem.of(HttpStatus.NOT_FOUND, "unknown-collection", e.getMessage());
            case TransitionRefusedException e -> Problem.of(HttpStatus.CONFLICT, "transition-refused", e.getMessage())
                    .with("unmet", e.unmet());
            case CopyNotReadyException e -> Problem.of(HttpStatus.CONFLICT, "copy-not-ready", e.getMessage());
            // a fenced instance: retried at once on another instance (a load balancer sees FENCED in /health too)
            case FencedException e -> Problem.of(HttpStatus.SERVICE_UNAVAILABLE, "fenced", e.getMessage())
                    .with("fenced", true).header("Retry-After", "1");
            case StoreUnavailableException e -> ServiceUnavailable.problem(e.getMessage());
            case ReadUnavailableException e -> ServiceUnavailable.problem(e.getMessage());
            case IllegalArgumentException e -> Problem.of(HttpStatus.BAD_REQUEST, "bad-input", e.getMessage());
            default -> null;
        });
    }
}
