package dev.graph2doc.api;

import dev.graph2doc.copy.CopyFinding;
import dev.graph2doc.copy.CopyStateStore.CopyControl;
import dev.graph2doc.copy.CopyStatus;
import java.util.List;

/**
 * The copy as operators see it: the switches, and per tenant collection its progress. {@code rate} is documents per
 * second, {@code rateBasis} says over what: {@code recent} (the last 5 s, while it runs) or {@code run} (the whole run,
 * once every partition is done). {@code findings} counts roots MongoDB does not hold (refused or unmappable), shown in
 * {@code findingExamples}; {@code missing} names roots the completeness check found absent.
 */
public record CopyView(boolean paused, long maxDocumentsPerSecond, List<Progress> collections) {

    public record Progress(String tenant, String collection, String state, long done, long total, double rate,
                           String rateBasis, Long etaSeconds, int partitions, int partitionsDone, long findings,
                           List<Finding> findingExamples, long missingCount, List<Object> missing) {

        static Progress of(CopyStatus s) {
            return new Progress(s.tenant(), s.collection(), s.state().name(), s.done(), s.total(),
                    Math.round(s.rate() * 10) / 10.0, s.rateBasis().name().toLowerCase(),
                    s.eta() == null ? null : s.eta().toSeconds(), s.partitions(), s.partitionsDone(), s.findings(),
                    s.examples().stream().map(Finding::of).toList(), s.missingCount(), s.missing());
        }
    }

    /** One root the copy could not put into MongoDB: {@code kind} is {@code unwritable} or {@code unmappable}. */
    public record Finding(Object key, String kind, long bytes, String reason) {

        static Finding of(CopyFinding f) {
            return new Finding(f.key(), f.kind().name().toLowerCase(), f.bytes(), f.reason());
        }
    }

    static CopyView of(CopyControl control, List<CopyStatus> statuses) {
        return new CopyView(control.paused(), control.maxDocumentsPerSecond(), statuses.stream().map(Progress::of).toList());
    }
}
