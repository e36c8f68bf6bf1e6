package dev.graph2doc.bench;

import dev.graph2doc.phase.Phase;
import dev.graph2doc.write.GraphWriter;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.MutationHandler;
import dev.graph2doc.write.NativeDocumentWriter;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The six runs of {@code bench writes}, each the same mix, one slice of a run per call: warm-up batches first
 * (untimed, their own reading keys), then the round's share of the timed ones. The raw runs call the store ports
 * directly; the phase runs call the {@link MutationHandler} bean, so the dual-write interceptor routes them by the
 * phase argument.
 */
final class WriteRuns {

    /** The write path's beans the runs go through. */
    record Paths(MutationHandler handler, GraphWriter graphWriter, NativeDocumentWriter nativeWriter,
                 CircuitBreaker breaker) {
    }

    private final Paths paths;
    private final WriteBenchOptions options;
    private final WriteMix mix;
    private final ConcurrentRun runner;

    WriteRuns(Paths paths, WriteBenchOptions options) {
        this.paths = paths;
        this.options = options;
        this.mix = new WriteMix(options.devices());
        this.runner = new ConcurrentRun(options.concurrency());
    }

    /**
     * Untimed batches through the graph writer and the GRAPH_ONLY handler before the first round: whichever graph run
     * came first was measured 1.5-2x slower with only its own warm-up (a JVM and a Neo4j still warming).
     */
    void warmUp(String tenant) throws InterruptedException {
        runner.run("warm-up", mix.batches("pre-raw", initialWarmUp()), batch -> {
            paths.graphWriter().apply(tenant, batch, false);
            return "ok";
        });
        runner.run("warm-up", mix.batches("pre-handler", initialWarmUp()),
                batch -> paths.handler().apply(tenant, Phase.GRAPH_ONLY, batch).mongodb());
    }

    /** Untimed batches through both stores' other paths, once MongoDB holds the tenants' documents. */
    void warmUpMongodb(String graphTenant, List<String> documentTenants) throws InterruptedException {
        runner.run("warm-up", mix.batches("pre-fork", initialWarmUp()),
                batch -> paths.handler().apply(graphTenant, Phase.FORK_WRITES, batch).mongodb());
        runner.run("warm-up", mix.batches("pre-mongo", initialWarmUp()), (Integer writer, List<Mutation> batch) ->
                paths.handler().apply(documentTenants.get(writer), Phase.UNFORKED, batch).mongodb());
    }

    int initialWarmUp() {
        return Math.max(3 * options.warmup(), options.requests());
    }

    WriteRunResult rawNeo4j(String tenant, int round) throws InterruptedException {
        return measure("raw neo4j", "neo", round, batch -> {
            paths.graphWriter().apply(tenant, batch, false);
            return "ok";
        });
    }

    /**
     * Each writer on its own tenant ({@code tenants} has one per writer): MongoDB alone does one writer's batch at a
     * time per tenant, and waiting for another writer's turn is not the store's write latency.
     */
    WriteRunResult rawMongodb(List<String> tenants, int round) throws InterruptedException {
        return measure("raw mongodb", "mongo", round, (writer, batch) -> {
            paths.nativeWriter().applyAlone(tenants.get(writer), batch);
            return "ok";
        });
    }

    WriteRunResult phase(String tenant, Phase phase, int round) throws InterruptedException {
        return measure(phase.name(), phase.name().toLowerCase(), round,
                batch -> paths.handler().apply(tenant, phase, batch).mongodb());
    }

    /** UNFORKED, each writer on its own tenant like {@link #rawMongodb}. */
    WriteRunResult unforked(List<String> tenants, int round) throws InterruptedException {
        return measure(Phase.UNFORKED.name(), "unforked", round,
                (writer, batch) -> paths.handler().apply(tenants.get(writer), Phase.UNFORKED, batch).mongodb());
    }

    /** FORK_WRITES with the MongoDB breaker forced open for the whole slice (warm-up included), then reset. */
    WriteRunResult breakerOpen(String tenant, int round) throws InterruptedException {
        paths.breaker().transitionToForcedOpenState();
        try {
            return measure("FORK_WRITES, breaker open", "open", round,
                    batch -> paths.handler().apply(tenant, Phase.FORK_WRITES, batch).mongodb());
        } finally {
            paths.breaker().reset();
        }
    }

    private WriteRunResult measure(String name, String tag, int round, Function<List<Mutation>, String> write)
            throws InterruptedException {
        return measure(name, tag, round, (writer, batch) -> write.apply(batch));
    }

    private WriteRunResult measure(String name, String tag, int round, BiFunction<Integer, List<Mutation>, String> write)
            throws InterruptedException {
        if (options.warmupPerSlice() > 0) {
            runner.run(name + " warm-up", mix.batches(tag + "-w" + round, options.warmupPerSlice()), write);
        }
        return runner.run(name, mix.batches(tag + "-" + round, options.requestsIn(round)), write);
    }
}
