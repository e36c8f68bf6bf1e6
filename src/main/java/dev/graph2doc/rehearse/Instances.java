package dev.graph2doc.rehearse;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The graph2doc instances of a rehearsal, each a child process on the hosted stores, configured for a short
 * rehearsal: the soft gates' thresholds scaled to minutes instead of hours (named in the report), fast polls and
 * leases so that a killed instance's work is taken over in seconds.
 */
final class Instances implements AutoCloseable {

    /** Documents/s per instance: at least chunk-size x copy workers / lease, see the lease setting. */
    static final long MIN_COPY_THROTTLE = 10;
    /** An instance cut off from the control store this long stops acting on phases (issue 19). */
    static final Duration FENCE_AFTER = Duration.ofMillis(1500);

    private final List<ChildService> services = new ArrayList<>();

    /** The store variables one instance is given (each instance reaches the stores through proxies of its own). */
    @FunctionalInterface
    interface StoreEnvironment {
        Map<String, String> of(String instance) throws java.io.IOException;
    }

    private Instances() {
    }

    static Instances start(int count, Path logs, StoreEnvironment storeEnv, Tokens tokens, Path mapping,
                           String serviceMain, List<String> settings) throws Exception {
        Instances instances = new Instances();
        // Ctrl-C or a plain kill of the rehearsal must not leave graph2doc processes behind (SIGKILL cannot be helped)
        Thread stopper = new Thread(instances::close, "rehearse-stop-instances");
        Runtime.getRuntime().addShutdownHook(stopper);
        for (int i = 0; i < count; i++) {
            String name = String.valueOf((char) ('a' + i));
            Path log = logs.resolve("graph2doc-" + name + ".log");
            java.nio.file.Files.deleteIfExists(log); // a report folder used again gets this rehearsal's logs only
            Map<String, String> env = new HashMap<>(storeEnv.of(name));
            env.put("GRAPH2DOC_SECURITY_TOKENS_FILE", tokens.file().toString());
            env.put("GRAPH2DOC_MAPPING", mapping.toString());
            instances.services.add(new ChildService(name, log, env, serviceMain, settings));
        }
        List<CompletableFuture<Void>> started = instances.services.stream().map(s -> CompletableFuture.runAsync(() -> {
            try {
                s.start(Duration.ofSeconds(120));
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        })).toList();
        try {
            started.forEach(CompletableFuture::join);
        } catch (CompletionException e) {
            instances.close();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return instances;
    }

    /** The settings graph2doc runs with in a rehearsal of this length ({@code -D} system properties). */
    static List<String> settings(Duration compareDwell) {
        return List.of(
                "graph2doc.phase.gates.min-comparisons=30",
                "graph2doc.phase.gates.max-mismatch-ratio=0.05",
                "graph2doc.phase.gates.min-compare-duration=" + compareDwell.toSeconds() + "s",
                "graph2doc.phase.auto-step-back.min-comparisons=20",
                "graph2doc.phase.auto-step-back.window=15s",
                "graph2doc.phase.poll-interval=250ms",
                "graph2doc.phase.heartbeat-interval=500ms",
                "graph2doc.phase.instance-timeout=3s",
                // self-fencing (issue 19): an instance that could not refresh its phases and beat for 1.5 s stops
                // acting on them; 1.5 s + the 1 s margin stays under the 3 s after which the others drop it
                "graph2doc.phase.fence-after=" + FENCE_AFTER.toMillis() + "ms",
                "graph2doc.phase.fence-margin=1s",
                "graph2doc.copy.chunk-size=10",
                "graph2doc.copy.partition-size=50",
                // longer than the throttled copy's wait per chunk (2 workers x 10 roots / 10 documents/s = 2 s): the
                // copier sleeps out the throttle holding a lease it does not renew, and a lease that expires during
                // that sleep is taken by another worker — with two instances, back and forth, no chunk ever lands
                "graph2doc.copy.lease=6s",
                "graph2doc.copy.poll-interval=200ms",
                "graph2doc.verify.lease=3s",
                "graph2doc.verify.poll-interval=200ms",
                "graph2doc.read.compare.sample-ratio.fork-writes=0.25",
                "graph2doc.read.compare.sample-ratio.swap-reads=0.5",
                "graph2doc.metrics.backlog-refresh=1s",
                "graph2doc.metrics.copy-refresh=1s",
                "graph2doc.write.mongodb.breaker.open-for=2s",
                // The backlog gates want 0 documents at the instant they look; under steady load that instant exists
                // only if the worker clears entries as soon as they land (with the default 2s grace it never does).
                "graph2doc.repair.grace=0s",
                "graph2doc.repair.poll-interval=20ms");
    }

    List<ChildService> all() {
        return List.copyOf(services);
    }

    List<URI> uris() {
        return services.stream().map(ChildService::uri).toList();
    }

    @Override
    public void close() {
        for (ChildService service : services) {
            try {
                service.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
