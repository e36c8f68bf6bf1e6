package dev.graph2doc.security;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.security.Principal;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Records who paused, throttled, started or cancelled what, as the phase audit log records who moved a tenant — in
 * the control database (so every instance's actions are in one place) and as a log line.
 */
@Singleton
public class OperatorActions {

    private static final Logger LOG = LoggerFactory.getLogger(OperatorActions.class);

    private final OperatorActionStore store;
    private final Clock clock;

    @Inject
    public OperatorActions(OperatorActionStore store) {
        this(store, Clock.systemUTC());
    }

    OperatorActions(OperatorActionStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public void record(@Nullable Principal operator, String action, String detail) {
        OperatorAction a = new OperatorAction(clock.instant(), Principals.who(operator), action, detail);
        LOG.info("operator action {} by '{}': {}", a.action(), a.who(), a.detail());
        store.add(a);
    }

    public List<OperatorAction> recent(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit = " + limit + " must be between 1 and 1000");
        }
        return store.recent(limit);
    }
}
