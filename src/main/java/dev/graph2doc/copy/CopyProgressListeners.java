package dev.graph2doc.copy;

import dev.graph2doc.mapping.UnmappableValueException;
import java.time.Duration;
import java.util.List;

/** Tells every listener, in order. */
final class CopyProgressListeners implements CopyProgressListener {

    private final List<CopyProgressListener> listeners;

    CopyProgressListeners(CopyProgressListener... listeners) {
        this.listeners = List.of(listeners);
    }

    @Override
    public void chunkCopied(CopyPartition partition, int roots, int written, Duration took) {
        listeners.forEach(l -> l.chunkCopied(partition, roots, written, took));
    }

    @Override
    public void partitionDone(CopyPartition partition, long copied) {
        listeners.forEach(l -> l.partitionDone(partition, copied));
    }

    @Override
    public void finding(CopyFinding finding) {
        listeners.forEach(l -> l.finding(finding));
    }

    @Override
    public void collectionChecked(CopyVerdict verdict) {
        listeners.forEach(l -> l.collectionChecked(verdict));
    }

    @Override
    public void unmappable(CopyPartition partition, UnmappableValueException problem) {
        listeners.forEach(l -> l.unmappable(partition, problem));
    }
}
