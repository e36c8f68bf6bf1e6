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

    @Override
    public void finding(CopyFinding finding) {
        if (finding.kind() == CopyFinding.Kind.UNWRITABLE) { // an unmappable root was logged as it was read
            LOG.warn("copy: tenant={} not copied, MongoDB refuses it: {}", finding.tenant(), finding.describe());
        }
    }

    @Override
    public void collectionChecked(CopyVerdict verdict) {
        if (verdict.complete()) {
            LOG.info("copy: tenant={} collection={} checked: all {} roots in MongoDB or named as findings",
                    verdict.tenant(), verdict.collection(), verdict.graphRoots());
        } else {
            LOG.warn("copy: tenant={} collection={} INCOMPLETE: {} of {} roots are not in MongoDB, e.g. {}; copy the "
                    + "collection again (POST /migration/copy with \"restart\": true)", verdict.tenant(),
                    verdict.collection(), verdict.missingCount(), verdict.graphRoots(), verdict.missing());
        }
    }
}
