package dev.graph2doc.store.mongo;

import com.mongodb.client.MongoClient;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.WriteReadiness;
import dev.graph2doc.write.AfterGraphPlanner;
import dev.graph2doc.write.AlonePlanner;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.NativeDocumentWriter;
import dev.graph2doc.write.TouchedDocument;
import dev.graph2doc.write.WorkingSet;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.bson.Document;

/**
 * Mutations applied to MongoDB's documents through the mapping, without the graph.
 *
 * <p><b>All or nothing without transactions</b> (mongo-java-server has none; a replica set would, but the same
 * code must run on both): a batch is planned entirely in memory under a per-tenant write lock (a lease document
 * with an expiry, taken by insert or by compare-and-set over an expired lease), so a rejected batch writes no
 * document at all. The planned documents are then written in one journal document — a single-document insert is
 * atomic, so from that moment the batch is decided — and applied one by one, each compare-and-set on {@code _id}
 * and its version as planned, which makes re-applying harmless. A writer that dies after the journal leaves lock
 * and journal behind; the next writer of the tenant (or {@link #prepare}) takes the expired lease and rolls the
 * journal forward before doing anything else. Readers may see a batch half applied for the few milliseconds of
 * the apply, never forever. Chosen over two-phase per-document markers because one journal document keeps the
 * recovery a single read, and over a change-stream design because mongo-java-server has none. Limits: a batch's
 * planned documents must fit one 16 MB journal document; the lease must outlast planning plus apply, and is renewed
 * just before the journal is written, so a writer that lost it stops before deciding anything.
 *
 * <p>Forked phases use {@link #applyAfterGraph}: no lock, each touched document compare-and-set from exactly
 * {@code version - 1}; what it cannot apply the caller re-renders from the graph.
 */
public final class MongoNativeWriter implements NativeDocumentWriter {

    /** Test hook: told after the journal is written ({@code applied} 0) and after each journalled document. */
    @FunctionalInterface
    public interface Hooks {
        Hooks NONE = (tenant, applied) -> { };

        void applied(String tenant, int applied);

        /** The batch is planned and about to be journalled: a writer paused here may lose its lease meanwhile. */
        default void decided(String tenant) {
        }
    }

    /**
     * Long enough for planning plus apply of a batch on a slow store; short because a writer killed while holding it
     * makes the tenant's MongoDB-only writes wait for it to expire (the chaos rehearsal: 30 s turned into 503s).
     */
    public static final Duration LEASE = Duration.ofSeconds(10);
    /** How long a batch waits for the lease: out a crashed holder's, and then some. */
    private static final Duration PATIENCE = LEASE.plusSeconds(1);

    private final Mapping mapping;
    private final VersionedWrites writes;
    private final MongoStoredDocumentLookup lookup;
    private final TenantWriteLock lock;
    private final WriteJournal journal;
    private final Hooks hooks;
    /** This instance's writers of a tenant queue here, in order, so only one of them at a time asks MongoDB for the lease. */
    private final Map<String, ReentrantLock> localLocks = new ConcurrentHashMap<>();

    public MongoNativeWriter(MongoClient client, Mapping mapping) {
        this(client, mapping, Clock.systemUTC(), Hooks.NONE);
    }

    public MongoNativeWriter(MongoClient client, Mapping mapping, Clock clock, Hooks hooks) {
        WriteReadiness.require(mapping);
        this.mapping = mapping;
        TenantCollections collections = new TenantCollections(client, mapping.target());
        this.writes = new VersionedWrites(collections);
        this.lookup = new MongoStoredDocumentLookup(collections, mapping);
        this.lock = new TenantWriteLock(collections, clock, LEASE, "native-" + UUID.randomUUID());
        this.journal = new WriteJournal(writes, lock);
        this.hooks = hooks;
    }

    /** Finishes a batch a crashed writer left journalled (fan-out indexes come with the copy: MongoDocumentStore.prepare). */
    @Override
    public void prepare(String tenant) {
        lock.acquire(tenant, LEASE.plusSeconds(5)); // at start-up after a crash, this instance's own old lease may hold it
        journal.rollForward(tenant);
        lock.release(tenant);
    }

    @Override
    public boolean isTransient(Throwable failure) {
        return MongoFailures.isTransient(failure);
    }

    /** Writes what {@link AfterGraphPlanner} planned, each compare-and-set; returns what the graph must re-render. */
    @Override
    public List<TouchedDocument> applyAfterGraph(String tenant, List<Mutation> mutations, List<TouchedDocument> touched) {
        AfterGraphPlanner.Plan plan = new AfterGraphPlanner(mapping, lookup).plan(tenant, mutations, touched);
        List<TouchedDocument> notApplied = new ArrayList<>(plan.rerender());
        for (AfterGraphPlanner.PlannedWrite w : plan.writes()) {
            TouchedDocument doc = w.touched();
            if (!writes.write(tenant, doc.collection(), w.expected(), w.absent(),
                    writes.stored(tenant, doc.collection(), doc.key(), doc.version(), w.body()))) {
                notApplied.add(doc);
            }
        }
        return notApplied;
    }

    @Override
    public List<TouchedDocument> applyAlone(String tenant, List<Mutation> mutations) {
        ReentrantLock local = localLocks.computeIfAbsent(tenant, t -> new ReentrantLock(true));
        local.lock();
        try {
            return applyUnderLease(tenant, mutations);
        } finally {
            local.unlock();
        }
    }

    private List<TouchedDocument> applyUnderLease(String tenant, List<Mutation> mutations) {
        lock.acquire(tenant, PATIENCE);
        List<WriteJournal.Entry> entries;
        List<TouchedDocument> touched;
        try {
            journal.rollForward(tenant);
            List<WorkingSet.Slot> slots = new AlonePlanner(mapping, lookup).plan(tenant, mutations).touched();
            entries = slots.stream().map(s -> entry(tenant, s)).toList();
            touched = slots.stream().map(s -> new TouchedDocument(s.collection, s.key, s.storedVersion + 1,
                    s.body() == null)).toList();
            hooks.decided(tenant);
            lock.confirm(tenant, WriteJournal.toDocuments(entries));
        } catch (RuntimeException e) {
            lock.release(tenant);
            throw e;
        }
        hooks.applied(tenant, 0);
        journal.apply(tenant, entries, hooks);
        lock.release(tenant);
        return touched;
    }

    private WriteJournal.Entry entry(String tenant, WorkingSet.Slot slot) {
        Document next = writes.stored(tenant, slot.collection, slot.key, slot.storedVersion + 1, slot.body())
                .append(StoredDocuments.ALONE, true);
        return new WriteJournal.Entry(slot.collection, slot.storedVersion, !slot.stored, next);
    }
}
