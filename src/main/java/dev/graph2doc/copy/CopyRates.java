package dev.graph2doc.copy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Documents per second per tenant collection over the last few seconds, from this instance's chunk events: the rate
 * the copy runs at now (a longer window would still count the planning wait and the first slow chunks).
 */
final class CopyRates implements CopyProgressListener {

    private static final Duration WINDOW = Duration.ofSeconds(5);

    private final Clock clock;
    private final Map<String, Deque<Sample>> samples = new ConcurrentHashMap<>();

    CopyRates(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void chunkCopied(CopyPartition partition, int roots, int written, Duration took) {
        Deque<Sample> window = samples.computeIfAbsent(key(partition.tenant(), partition.collection()), k -> new ArrayDeque<>());
        synchronized (window) {
            window.addLast(new Sample(clock.instant(), roots));
        }
    }

    double perSecond(String tenant, String collection) {
        Deque<Sample> window = samples.get(key(tenant, collection));
        if (window == null) {
            return 0;
        }
        Instant since = clock.instant().minus(WINDOW);
        synchronized (window) {
            while (!window.isEmpty() && window.peekFirst().at().isBefore(since)) {
                window.removeFirst();
            }
            long roots = window.stream().mapToLong(Sample::roots).sum();
            return roots / (double) WINDOW.toSeconds();
        }
    }

    private static String key(String tenant, String collection) {
        return tenant + "/" + collection;
    }

    private record Sample(Instant at, long roots) {
    }
}
