package dev.graph2doc.read.shadow;

import dev.graph2doc.read.diff.Outcome;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Supplier;

/** The shadow comparator's bound on a candidate read: an answer, a failure or a timeout, whichever comes first. */
final class CandidateTimeout {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CandidateTimeout.class);

    private final Duration limit;

    CandidateTimeout(Duration limit) {
        this.limit = limit;
    }

    /**
     * Runs {@code read} on this thread and hands its answer, its failure or a timeout to {@code then} — whichever
     * comes first; a read outliving its timeout is reported as such at the timeout, its late answer ignored.
     */
    <T> void run(Supplier<T> read, BiConsumer<T, Throwable> then, Consumer<Outcome> onCallbackFailure) {
        CompletableFuture<T> answer = new CompletableFuture<>();
        answer.orTimeout(limit.toMillis(), TimeUnit.MILLISECONDS).whenComplete((value, failure) -> {
            try {
                then.accept(value, failure);
            } catch (RuntimeException e) {
                // a callback's exception would vanish inside the future: count it, and say what it was
                LOG.warn("shadow comparison failed: {}", e.toString(), e);
                onCallbackFailure.accept(Outcome.ERROR);
            }
        });
        try {
            answer.complete(read.get());
        } catch (RuntimeException e) {
            answer.completeExceptionally(e);
        }
    }

    static Outcome outcomeOf(Throwable failure) {
        return cause(failure) instanceof TimeoutException ? Outcome.TIMEOUT : Outcome.ERROR;
    }

    private static Throwable cause(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }
}
