package dev.graph2doc.copy;

import dev.graph2doc.mapping.UnmappableValueException;
import java.time.Duration;

/** What the copier tells the outside world as it goes; the copier itself knows nothing of metrics. */
public interface CopyProgressListener {

    CopyProgressListener NONE = new CopyProgressListener() {
    };

    /** A chunk of {@code roots} roots was written ({@code written} documents, the rest kept as newer or unmappable). */
    default void chunkCopied(CopyPartition partition, int roots, int written, Duration took) {
    }

    default void partitionDone(CopyPartition partition, long copied) {
    }

    /** A root whose document could not be rendered; it was not written and the copy went on. */
    default void unmappable(CopyPartition partition, UnmappableValueException problem) {
    }

    /** A root the copy could not put into MongoDB (refused or unmappable), recorded for the operator. */
    default void finding(CopyFinding finding) {
    }

    /** A collection's completeness check, run once every partition is done. */
    default void collectionChecked(CopyVerdict verdict) {
    }
}
