package dev.graph2doc.rehearse;

import java.time.Duration;
import java.time.Instant;

/** Waits until a quarter of the tenant's copy is done, kills one graph2doc instance with SIGKILL, restarts it. */
final class CopyKill {

    private static final String NAME = "kill -9 mid-copy";

    private final Faults faults;
    private final int collections;

    CopyKill(Faults faults, int collections) {
        this.faults = faults;
        this.collections = collections;
    }

    void inject(String tenant, Duration patience) throws Exception {
        long[] progress = awaitQuarter(tenant, patience);
        if (progress == null) {
            faults.record(FaultRecord.notInjected(NAME, tenant, "COPY", faults.elapsed(),
                    "the copy was complete (or did not reach a quarter within " + patience.toSeconds()
                            + " s) before it could be interrupted"));
            return;
        }
        ChildService victim = faults.instances().all().get(0);
        double at = faults.elapsed();
        RequestStats stats = faults.stats();
        long failedBefore = stats.failed();
        long pid = victim.pid();
        faults.events().add(Events.Kind.FAULT, tenant, "kill -9 of graph2doc instance " + victim.name() + " (pid " + pid
                + ") with the copy at " + progress[0] + "/" + progress[1] + " documents");
        victim.kill9();
        victim.start(Duration.ofSeconds(90));
        faults.events().add(Events.Kind.INFO, tenant, "instance " + victim.name() + " restarted (pid " + victim.pid() + ")");
        long[] after = faults.status().awaitCopy(tenant, collections, patience);
        // every collection COMPLETE is the bar: done and total may differ by the documents live writes created or
        // deleted while the copy ran (counted in the total, or deleted before their range was copied)
        boolean complete = after != null;
        faults.record(FaultRecord.injected(NAME, tenant, "COPY", at, faults.elapsed() - at,
                "SIGKILL to instance " + victim.name() + " (pid " + pid + ") at " + progress[0] + "/" + progress[1]
                        + " documents copied, then started again on the same port",
                (complete ? "the copy finished (" + after[0] + "/" + after[1] + " documents)" : "the copy did NOT finish")
                        + " from the checkpoints (other "
                        + "instance and the restarted one); requests with no answer re-sent to a live instance: "
                        + "failed requests during the fault " + (stats.failed() - failedBefore),
                complete && stats.failed() == failedBefore, ""));
    }

    /** {done, total} once a quarter is copied (well inside the copy: checkpoints behind, partitions ahead); null if it ended first. */
    private long[] awaitQuarter(String tenant, Duration patience) throws InterruptedException {
        Instant deadline = Instant.now().plus(patience);
        long[] progress;
        while ((progress = faults.status().copyProgress(tenant)) == null || progress[0] * 4 < progress[1]
                || progress[0] >= progress[1]) {
            if (Instant.now().isAfter(deadline) || (progress != null && progress[1] > 0 && progress[0] >= progress[1])) {
                return null;
            }
            Thread.sleep(100);
        }
        return progress;
    }
}
