package dev.graph2doc.bench;

import dev.graph2doc.bench.ReadMix.ReadOp;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.read.ReadMetrics;
import dev.graph2doc.read.ReadRouter;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.shadow.ComparisonResult;
import dev.graph2doc.read.shadow.DocumentReadSource;
import dev.graph2doc.read.shadow.GraphReadSource;
import dev.graph2doc.read.shadow.ReadQuery;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.shadow.ShadowListener;
import dev.graph2doc.read.shadow.ShadowSettings;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.FieldFilter;
import dev.graph2doc.store.GraphStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;

/** One run per serving mode, each through a {@link ReadRouter} with its own comparator at the run's sample ratio. */
final class ReadRuns {

    static final int QUEUE_CAPACITY = 1000;
    /** Enough for any read this machine answers to wait in line rather than hold the next one back. */
    static final int OPEN_LOOP_THREADS = 64;

    private final Mapping mapping;
    private final GraphStore graph;
    private final DocumentStore documents;
    private final String tenant;
    private final ReadBenchOptions options;
    private final Consumer<String> progress;

    ReadRuns(Mapping mapping, GraphStore graph, DocumentStore documents, String tenant, ReadBenchOptions options,
             Consumer<String> progress) {
        this.mapping = mapping;
        this.graph = graph;
        this.documents = documents;
        this.tenant = tenant;
        this.options = options;
        this.progress = progress;
    }

    /** What the comparator did during one run: outcomes, drops, the longest queue seen. */
    record Shadow(Map<String, Long> outcomes, long dropped, int maxQueued) {
    }

    record Run(WriteRunResult result, Shadow shadow) {

        /** Slices of one run taken in turns with another, as one run. */
        static Run merged(List<Run> slices) {
            Map<String, Long> outcomes = new TreeMap<>();
            slices.forEach(r -> r.shadow().outcomes().forEach((k, v) -> outcomes.merge(k, v, Long::sum)));
            return new Run(WriteRunResult.merged(slices.stream().map(Run::result).toList()), new Shadow(outcomes,
                    slices.stream().mapToLong(r -> r.shadow().dropped()).sum(),
                    slices.stream().mapToInt(r -> r.shadow().maxQueued()).max().orElse(0)));
        }
    }

    /** How the timed reads are sent. */
    @FunctionalInterface
    interface Driver {
        WriteRunResult run(String name, List<ReadOp> reads, Function<ReadOp, String> read) throws InterruptedException;
    }

    /** {@code --concurrency} readers, each sending its next read when the last one answered. */
    Driver closedLoop() {
        return (name, reads, read) -> new ConcurrentRun(options.concurrency()).run(name, reads, read);
    }

    /** Reads sent at {@code perSecond} whatever the answers' pace, each timed from when it was due. */
    static Driver openLoop(double perSecond) {
        return (name, reads, read) -> new OpenLoopRun(perSecond, OPEN_LOOP_THREADS).run(name, reads, read);
    }

    Run run(String name, Phase phase, double ratio, List<ReadOp> warmup, List<ReadOp> timed) throws InterruptedException {
        return run(name, phase, ratio, warmup, timed, closedLoop());
    }

    Run run(String name, Phase phase, double ratio, List<ReadOp> warmup, List<ReadOp> timed, Driver driver)
            throws InterruptedException {
        Map<String, Long> outcomes = new ConcurrentHashMap<>();
        AtomicLong dropped = new AtomicLong();
        ShadowSettings settings = new ShadowSettings(Map.of(phase, ratio), options.compareThreads(), QUEUE_CAPACITY, Duration.ofMillis(500),
                Duration.ofMillis(200), false, List.of(), 2000);
        try (ShadowComparator comparator = new ShadowComparator(new DocumentDiff(mapping, List.of()), settings,
                counting(outcomes, dropped), () -> Math.random())) {
            ReadRouter router = new ReadRouter(t -> phase, new GraphReadSource(graph), new DocumentReadSource(documents),
                    comparator, false, ReadMetrics.NONE);
            ConcurrentRun readers = new ConcurrentRun(options.concurrency());
            readers.run(name + " warm-up", warmup, op -> read(router, op));
            awaitIdle(comparator);
            outcomes.clear();
            dropped.set(0);
            AtomicInteger maxQueued = new AtomicInteger();
            Thread watcher = Thread.ofPlatform().daemon().start(() -> watch(comparator, maxQueued));
            WriteRunResult result = driver.run(name, timed, op -> read(router, op));
            watcher.interrupt();
            awaitIdle(comparator);
            progress.accept(String.format(java.util.Locale.ROOT, "  %s: p50 %.2f ms, p99 %.2f ms", name,
                    result.p50Millis(), result.p99Millis()));
            return new Run(result, new Shadow(new TreeMap<>(outcomes), dropped.get(), maxQueued.get()));
        }
    }

    private String read(ReadRouter router, ReadOp op) {
        if (op.page()) {
            return "page:" + router.page(tenant, op.collection(),
                    new ReadQuery(op.collection().name(), FieldFilter.NONE, op.key(), 20)).items().size();
        }
        return router.get(tenant, op.collection(), op.key()).isPresent() ? "found" : "absent";
    }

    private static ShadowListener counting(Map<String, Long> outcomes, AtomicLong dropped) {
        return new ShadowListener() {
            @Override
            public void compared(ComparisonResult result) {
                outcomes.merge(result.outcome().label(), 1L, Long::sum);
            }

            @Override
            public void dropped(String tenant, String collection) {
                dropped.incrementAndGet();
            }
        };
    }

    private static void watch(ShadowComparator comparator, AtomicInteger maxQueued) {
        while (!Thread.currentThread().isInterrupted()) {
            maxQueued.accumulateAndGet(comparator.queued(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Bounded: the comparisons of a run finish before the next run starts, so they do not load it. */
    private static void awaitIdle(ShadowComparator comparator) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!comparator.idle() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        Thread.sleep(300); // re-checks are scheduled 200 ms after their first comparison
        while (!comparator.idle() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }
}
