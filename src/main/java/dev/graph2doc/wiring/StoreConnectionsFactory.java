package dev.graph2doc.wiring;

import dev.graph2doc.config.ConfigurationCheck;
import dev.graph2doc.store.StoreSettings;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@Factory
class StoreConnectionsFactory {

    private static final Logger LOG = LoggerFactory.getLogger(StoreConnections.class);

    /**
     * Eager, so that a bad store configuration stops start-up instead of the first request; and the whole
     * configuration is checked first, so that every mistake is reported at once before a store is touched.
     */
    @Context
    @Bean(preDestroy = "close")
    StoreConnections storeConnections(StoreSettings settings, BeanContext context) {
        ConfigurationCheck.require(context);
        StoreConnections connections = StoreConnections.open(settings);
        LOG.info(connections.describe());
        return connections;
    }
}
