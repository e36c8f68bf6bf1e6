package dev.graph2doc.phase;

import dev.graph2doc.config.CheckedProperties;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import java.time.Duration;
import java.util.List;

/**
 * {@code graph2doc.phase.*}: the phase a tenant starts in, how often phases are polled, the heartbeat and the fence.
 * A class with setters, not a record: {@code default} is a Java keyword. Unset, the fence comes at 60% of the
 * instance timeout and the margin is 30% of it.
 */
@ConfigurationProperties("graph2doc.phase")
public final class PhaseProperties implements CheckedProperties {

    private Phase defaultPhase = Phase.GRAPH_ONLY;
    private Duration pollInterval = Duration.ofSeconds(1);
    private Duration heartbeatInterval = Duration.ofSeconds(2);
    private Duration instanceTimeout = Duration.ofSeconds(10);
    private Duration fenceAfter;
    private Duration fenceMargin;

    @Override
    public List<String> problems() {
        return CheckedProperties.problemsOf(this::fence);
    }

    FenceSettings fence() {
        return FenceSettings.of(fenceAfter != null ? fenceAfter : instanceTimeout.multipliedBy(6).dividedBy(10),
                fenceMargin != null ? fenceMargin : instanceTimeout.multipliedBy(3).dividedBy(10), heartbeatInterval,
                instanceTimeout);
    }

    public Phase getDefault() {
        return defaultPhase;
    }

    public void setDefault(Phase phase) {
        this.defaultPhase = phase;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getHeartbeatInterval() {
        return heartbeatInterval;
    }

    public void setHeartbeatInterval(Duration heartbeatInterval) {
        this.heartbeatInterval = heartbeatInterval;
    }

    public Duration getInstanceTimeout() {
        return instanceTimeout;
    }

    public void setInstanceTimeout(Duration instanceTimeout) {
        this.instanceTimeout = instanceTimeout;
    }

    public @Nullable Duration getFenceAfter() {
        return fenceAfter;
    }

    public void setFenceAfter(@Nullable Duration fenceAfter) {
        this.fenceAfter = fenceAfter;
    }

    public @Nullable Duration getFenceMargin() {
        return fenceMargin;
    }

    public void setFenceMargin(@Nullable Duration fenceMargin) {
        this.fenceMargin = fenceMargin;
    }
}
