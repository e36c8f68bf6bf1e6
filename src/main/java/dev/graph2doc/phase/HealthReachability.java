package dev.graph2doc.phase;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import reactor.core.publisher.Mono;

/** Both stores reachable, asked through the same health indicators {@code /health} shows. */
public final class HealthReachability implements StoreReachability {

    private final List<HealthIndicator> indicators;
    private final Duration timeout;

    public HealthReachability(HealthIndicator neo4j, HealthIndicator mongo, Duration timeout) {
        this.indicators = List.of(neo4j, mongo);
        this.timeout = timeout;
    }

    @Override
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        for (HealthIndicator indicator : indicators) {
            try {
                HealthResult result = Mono.from(indicator.getResult()).block(timeout);
                if (result == null || !HealthStatus.UP.equals(result.getStatus())) {
                    problems.add(down(result == null ? "no answer" : result.getName(), result));
                }
            } catch (RuntimeException e) {
                problems.add("a store did not answer its health check within " + timeout + " (" + e.getMessage()
                        + "): bring it back (GET /health shows both), then retry");
            }
        }
        return problems;
    }

    private static String down(String name, HealthResult result) {
        Object details = result == null ? null : result.getDetails();
        return "store '" + name + "' is " + (result == null ? "not answering" : result.getStatus().getName()) + " ("
                + details + "): bring it back (GET /health shows both), then retry";
    }
}
