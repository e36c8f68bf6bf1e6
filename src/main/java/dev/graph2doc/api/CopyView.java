package dev.graph2doc.api;

import dev.graph2doc.copy.CopyStatus;
import dev.graph2doc.store.CopyStateStore.CopyControl;
import java.util.List;

/** The copy as operators see it: the switches, and per tenant collection its progress. */
public record CopyView(boolean paused, long maxDocumentsPerSecond, List<Progress> collections) {

    public record Progress(String tenant, String collection, String state, long done, long total, double rate,
                           Long etaSeconds, int partitions, int partitionsDone) {

        static Progress of(CopyStatus s) {
            return new Progress(s.tenant(), s.collection(), s.state().name(), s.done(), s.total(),
                    Math.round(s.rate() * 10) / 10.0, s.eta() == null ? null : s.eta().toSeconds(), s.partitions(),
                    s.partitionsDone());
        }
    }

    static CopyView of(CopyControl control, List<CopyStatus> statuses) {
        return new CopyView(control.paused(), control.maxDocumentsPerSecond(), statuses.stream().map(Progress::of).toList());
    }
}
