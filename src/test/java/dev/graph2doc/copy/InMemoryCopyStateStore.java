package dev.graph2doc.copy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** The copy state in memory, for the copier's unit tests; {@link CopyStateStoreContract} holds it to the Mongo adapter's behaviour. */
final class InMemoryCopyStateStore implements CopyStateStore {

    private final Map<String, CopyPlan> plans = new TreeMap<>();
    private final Map<String, PartitionState> partitions = new TreeMap<>();
    private final Map<String, CopyFinding> findings = new LinkedHashMap<>();
    private final Map<String, CopyVerdict> verdicts = new TreeMap<>();
    private CopyControl control = CopyControl.DEFAULT;

    @Override
    public synchronized CopyPlan savePlanIfAbsent(CopyPlan plan) {
        return plans.computeIfAbsent(plan.tenant() + "/" + plan.collection(), k -> plan);
    }

    @Override
    public synchronized Optional<CopyPlan> plan(String tenant, String collection) {
        return Optional.ofNullable(plans.get(tenant + "/" + collection));
    }

    @Override
    public synchronized void discardPlan(String tenant, String collection) {
        String prefix = tenant + "/" + collection + "/";
        plans.remove(tenant + "/" + collection);
        verdicts.remove(tenant + "/" + collection);
        partitions.keySet().removeIf(k -> k.startsWith(prefix));
        findings.values().removeIf(f -> f.tenant().equals(tenant) && f.collection().equals(collection));
    }

    @Override
    public synchronized List<CopyPlan> plans() {
        return List.copyOf(plans.values());
    }

    @Override
    public synchronized Optional<PartitionState> claim(CopyPartition p, String owner, Instant now, Instant leaseUntil) {
        PartitionState s = partitions.get(p.id());
        if (s != null && (s.done() || s.owner() != null && !s.owner().equals(owner) && !s.leaseUntil().isBefore(now))) {
            return Optional.empty();
        }
        PartitionState taken = s == null ? new PartitionState(p, owner, leaseUntil, null, 0, false, now, null)
                : new PartitionState(p, owner, leaseUntil, s.checkpoint(), s.copied(), false, s.startedAt(), null);
        partitions.put(p.id(), taken);
        return Optional.of(taken);
    }

    @Override
    public synchronized boolean checkpoint(CopyPartition p, String owner, Object lastKey, long copied, Instant leaseUntil) {
        PartitionState s = partitions.get(p.id());
        if (s == null || !Objects.equals(s.owner(), owner)) {
            return false;
        }
        partitions.put(p.id(), new PartitionState(p, owner, leaseUntil, lastKey, copied, false, s.startedAt(), null));
        return true;
    }

    @Override
    public synchronized boolean complete(CopyPartition p, String owner, long copied, Instant finishedAt) {
        PartitionState s = partitions.get(p.id());
        if (s == null || !Objects.equals(s.owner(), owner)) {
            return false;
        }
        partitions.put(p.id(), new PartitionState(p, null, null, s.checkpoint(), copied, true, s.startedAt(), finishedAt));
        return true;
    }

    @Override
    public synchronized void release(CopyPartition p, String owner) {
        PartitionState s = partitions.get(p.id());
        if (s != null && Objects.equals(s.owner(), owner)) {
            partitions.put(p.id(), new PartitionState(p, null, null, s.checkpoint(), s.copied(), s.done(), s.startedAt(),
                    s.finishedAt()));
        }
    }

    @Override
    public synchronized List<PartitionState> partitions(String tenant, String collection) {
        return partitions.values().stream().filter(s -> s.partition().tenant().equals(tenant)
                && s.partition().collection().equals(collection)).toList();
    }

    @Override
    public synchronized void recordFinding(CopyFinding f) {
        String typed = f.key() == null ? "null" : f.key().getClass().getSimpleName() + ":" + f.key();
        findings.put(f.tenant() + "/" + f.collection() + "/" + f.kind() + "/" + typed, f);
    }

    @Override
    public synchronized List<CopyFinding> findings(String tenant, String collection, int limit) {
        return new ArrayList<>(findings.values()).stream()
                .filter(f -> f.tenant().equals(tenant) && f.collection().equals(collection)).limit(limit).toList();
    }

    @Override
    public synchronized long countFindings(String tenant, String collection) {
        return findings(tenant, collection, Integer.MAX_VALUE).size();
    }

    @Override
    public synchronized void saveVerdict(CopyVerdict verdict) {
        verdicts.put(verdict.tenant() + "/" + verdict.collection(), verdict);
    }

    @Override
    public synchronized Optional<CopyVerdict> verdict(String tenant, String collection) {
        return Optional.ofNullable(verdicts.get(tenant + "/" + collection));
    }

    @Override
    public synchronized CopyControl control() {
        return control;
    }

    @Override
    public synchronized void saveControl(CopyControl control) {
        this.control = control;
    }
}
