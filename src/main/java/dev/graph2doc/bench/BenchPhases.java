package dev.graph2doc.bench;

import com.mongodb.client.MongoClient;
import dev.graph2doc.copy.CopyCoordinator;
import dev.graph2doc.copy.CopyProgressListener;
import dev.graph2doc.copy.CopySettings;
import dev.graph2doc.copy.Sleeper;
import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.store.DocumentStore;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.MongoBulkWriter;
import dev.graph2doc.store.mongo.MongoCopyStateStore;
import dev.graph2doc.store.mongo.MongoDocumentStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/**
 * The measurements, each on its own fresh MongoDB database (dropped afterwards, untimed): the renderer's reads
 * alone, MongoDB's inserts alone, the copy's guarded upserts alone, the real copy, and the naive
 * one-query-one-write-per-root copy.
 */
final class BenchPhases {

    /** Every database of the copy benchmark, and nothing else's: the read and write benchmarks name theirs bench_reads_… and bench_writes_…. */
    static final String PREFIX = "bench_copy_";
    static final String CONTROL_DATABASE = PREFIX + "control";

    private final GraphStore graph;
    private final MongoClient mongo;
    private final Mapping mapping;
    private final CollectionMapping roots;
    private final String tenant;
    private final BenchOptions options;
    private final HeapSampler heap;
    private Duration completenessCheck = Duration.ZERO;

    BenchPhases(GraphStore graph, MongoClient mongo, Mapping mapping, CollectionMapping roots, String tenant,
                BenchOptions options, HeapSampler heap) {
        this.graph = graph;
        this.mongo = mongo;
        this.mapping = mapping;
        this.roots = roots;
        this.tenant = tenant;
        this.options = options;
        this.heap = heap;
    }

    /** Renders a few chunks untimed, so that no phase pays for planning the render queries or loading classes. */
    void warmUp() {
        Object after = null;
        for (int i = 0; i < 2; i++) {
            after = graph.renderRange(roots, tenant, after, null, options.chunkSize()).lastKey();
        }
        if (after != null) {
            graph.renderKeys(roots, tenant, List.of(after));
        }
    }

    PhaseResult read() {
        heap.reset();
        long began = System.nanoTime();
        long documents = 0;
        Object after = null;
        RenderBatch batch;
        do {
            batch = graph.renderRange(roots, tenant, after, null, options.chunkSize());
            documents += batch.documents().size(); // counted, then dropped: only the read is measured
            after = batch.lastKey();
        } while (batch.rootsRead() == options.chunkSize());
        return new PhaseResult("read (neo4j render)", documents, since(began), heap.peakBytes());
    }

    PhaseResult write() {
        MongoBulkWriter writer = new MongoBulkWriter(mongo, into("write_"));
        return finished(prebuilt("write (mongodb insert)", slice -> writer.insertAll(tenant, roots.name(), slice)),
                "write_");
    }

    /** The copy's own writes (version-guarded upserts in chunks) without its reads: where the copy's write time goes. */
    PhaseResult upsert() {
        DocumentStore documents = new MongoDocumentStore(mongo, into("upsert_"));
        documents.prepare(tenant, roots);
        return finished(prebuilt("write (guarded upsert)", slice -> timedUpserts(documents, slice)), "upsert_");
    }

    private Duration timedUpserts(DocumentStore documents, List<DocumentView> slice) {
        long began = System.nanoTime();
        for (int from = 0; from < slice.size(); from += options.chunkSize()) {
            documents.upsertIfNewer(tenant, roots.name(), slice.subList(from, Math.min(slice.size(), from + options.chunkSize())));
        }
        return since(began);
    }

    private PhaseResult prebuilt(String name, Function<List<DocumentView>, Duration> write) {
        heap.reset();
        PrebuiltSlices.Written written = PrebuiltSlices.write(graph, roots, tenant, options.chunkSize(), write);
        return new PhaseResult(name, written.documents(), written.writing(), heap.peakBytes());
    }

    /** The copy's collection check, from the last partition done to the verdict: part of the copy's time. */
    Duration completenessCheck() {
        return completenessCheck;
    }

    PhaseResult copy() throws InterruptedException {
        Mapping target = into("copy_");
        DocumentStore documents = new MongoDocumentStore(mongo, target);
        ExecutorService reader = Executors.newSingleThreadExecutor(BenchPhases::daemon);
        // one partition holding every root, one worker: the copy gets no parallelism the raw phases lack
        CopySettings settings = new CopySettings(options.chunkSize(), options.nodes() + 1, CopySettings.DEFAULT.lease(),
                Duration.ofMillis(100));
        CheckTimer check = new CheckTimer();
        CopyCoordinator copy = new CopyCoordinator(target, graph, documents, new MongoCopyStateStore(mongo, CONTROL_DATABASE),
                settings, Clock.systemUTC(), Sleeper.REAL, reader, "bench", check);
        try {
            heap.reset();
            long began = System.nanoTime();
            copy.start(List.of(tenant), List.of(roots.name()));
            while (copy.copyOnePartition(() -> false)) {
                // one partition: this loop runs once
            }
            Duration took = since(began);
            completenessCheck = check.took();
            long copied = documents.count(tenant, roots.name()); // what arrived, counted after the clock stopped
            return finished(new PhaseResult("copy (pipelined)", copied, took, heap.peakBytes()), "copy_");
        } finally {
            reader.shutdownNow();
        }
    }

    PhaseResult naive() {
        Mapping target = into("naive_");
        DocumentStore documents = new MongoDocumentStore(mongo, target);
        List<Object> keys = firstKeys(options.effectiveSample());
        documents.prepare(tenant, roots);
        heap.reset();
        long began = System.nanoTime();
        long written = 0;
        for (Object key : keys) {
            RenderBatch one = graph.renderKeys(roots, tenant, List.of(key));
            written += documents.upsertIfNewer(tenant, roots.name(), one.documents()).written();
        }
        return finished(new PhaseResult("naive (per root)", written, since(began), heap.peakBytes()), "naive_");
    }

    private List<Object> firstKeys(int count) {
        List<Object> keys = new ArrayList<>(count);
        Object after = null;
        RenderBatch batch;
        do {
            batch = graph.renderRange(roots, tenant, after, null, Math.min(options.chunkSize(), count - keys.size()));
            batch.documents().forEach(d -> keys.add(d.key()));
            after = batch.lastKey();
        } while (!batch.isEmpty() && keys.size() < count);
        return keys;
    }

    /** The phase's database is dropped at once, so the next phase starts with an empty server. */
    private PhaseResult finished(PhaseResult result, String phase) {
        MongoBulkWriter.dropDatabases(mongo, PREFIX + phase);
        mongo.getDatabase(CONTROL_DATABASE).drop();
        return result;
    }

    /** The same mapping, writing into this phase's own {@code bench_copy_<phase>} database(s). */
    private Mapping into(String phase) {
        Target t = mapping.target();
        Target own = new Target(t.layout(), PREFIX + phase, PREFIX + phase + "shared");
        return new Mapping(mapping.source(), mapping.tenancy(), own, mapping.collections(), mapping.lines());
    }

    private static Duration since(long began) {
        return Duration.ofNanos(System.nanoTime() - began);
    }

    private static Thread daemon(Runnable r) {
        Thread t = new Thread(r, "bench-copy-reader");
        t.setDaemon(true);
        return t;
    }
}
