package dev.graph2doc.copy;

import dev.graph2doc.mapping.UnmappableValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log line per finished partition and per unmappable root; none per chunk. */
final class CopyLog implements CopyProgressListener {

    private static final Logger LOG = LoggerFactory.getLogger("dev.graph2doc.copy");

    @Override
    public void partitionDone(CopyPartition partition, long copied) {
        LOG.info("copy: tenant={} collection={} partition={} done, {} roots", partition.tenant(), partition.collection(),
                partition.index(), copied);
    }

    @Override
    public void unmappable(CopyPartition partition, UnmappableValueException problem) {
        LOG.warn("copy: tenant={} not copied: {}", partition.tenant(), problem.getMessage());
    }
}
