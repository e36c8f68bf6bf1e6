package dev.graph2doc.bench;

import dev.graph2doc.copy.CopyPartition;
import dev.graph2doc.copy.CopyProgressListener;
import dev.graph2doc.copy.CopyVerdict;
import java.time.Duration;

/** Times the copy's collection check: from the last partition done to the verdict (one partition, one worker). */
final class CheckTimer implements CopyProgressListener {

    private volatile long partitionDone;
    private volatile long checked;

    @Override
    public void partitionDone(CopyPartition partition, long copied) {
        partitionDone = System.nanoTime();
    }

    @Override
    public void collectionChecked(CopyVerdict verdict) {
        checked = System.nanoTime();
    }

    Duration took() {
        return partitionDone == 0 || checked < partitionDone ? Duration.ZERO : Duration.ofNanos(checked - partitionDone);
    }
}
