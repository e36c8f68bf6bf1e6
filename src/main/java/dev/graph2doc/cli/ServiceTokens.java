package dev.graph2doc.cli;

import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.security.SecuritySettings;
import dev.graph2doc.security.TokenRegistry;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.StoreSettings;
import io.micronaut.context.ApplicationContext;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Decides, before the port opens, who will be able to call the service: the configured tokens; or, on embedded
 * stores with none configured, tokens generated now and printed once; or nobody-checks-anything with
 * {@code insecure-dev}. Real stores without tokens and without {@code insecure-dev} are refused.
 */
final class ServiceTokens {

    /** Keys are generated for these when the graph has no tenant yet: the demo fleet's default tenants. */
    private static final int DEMO_TENANTS = 3;

    private ServiceTokens() {
    }

    static void prepare(ApplicationContext context, Optional<FleetSpec> seeded, Consumer<String> out) {
        SecuritySettings settings = context.getBean(SecuritySettings.class);
        TokenRegistry registry = context.getBean(TokenRegistry.class); // reads the tokens file: a bad one stops here
        if (settings.insecureDev()) {
            out.accept("WARNING: " + SecuritySettings.INSECURE_DEV + " is set: authentication is off and every"
                    + " endpoint is open to anyone who reaches the port; never use it beside real data.");
            return;
        }
        if (!registry.isEmpty()) {
            out.accept("security: " + registry.describe() + " from " + settings.source());
            return;
        }
        if (!context.getBean(StoreSettings.class).embedded()) {
            throw new ServiceStartupException("graph2doc will not serve real stores without tokens: set "
                    + SecuritySettings.TOKENS_FILE + " to a tokens file or " + SecuritySettings.TOKENS
                    + " to its YAML (see docs/security.md), or pass --insecure-dev on a development machine.", null);
        }
        registry.generate(tenants(context, seeded)).forEach((what, token) -> out.accept(what + ": " + token));
    }

    private static List<String> tenants(ApplicationContext context, Optional<FleetSpec> seeded) {
        Set<String> tenants = new LinkedHashSet<>(context.getBean(GraphStore.class).tenants());
        seeded.ifPresent(spec -> tenants.addAll(spec.tenantNames()));
        if (tenants.isEmpty()) {
            tenants.addAll(new FleetSpec(DEMO_TENANTS, 0, 0, 0L).tenantNames());
        }
        return List.copyOf(tenants);
    }
}
