package dev.graph2doc.phase;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;

/**
 * {@code fence}: UP while this instance holds its lease on the phases, {@code FENCED} (not operational, so
 * {@code /health} answers 503 and a load balancer sends requests elsewhere) while it acts on no phase.
 */
@Singleton
public class FenceHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    public static final HealthStatus FENCED = new HealthStatus("FENCED",
            "cut off from the control store: this instance acts on no phase until it reaches it again", false, null);

    private final Lease lease;

    public FenceHealthIndicator(Lease lease) {
        this.lease = lease;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        Optional<String> why = lease.fenced();
        healthStatus = why.isPresent() ? FENCED : HealthStatus.UP;
        return Map.of("fenced", why.isPresent(), "why", why.orElse("holds a fresh lease on the phases"),
                "fencedSeconds", lease.fencedSeconds());
    }

    @Override
    public String getName() {
        return "fence";
    }
}
