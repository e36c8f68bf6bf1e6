package dev.graph2doc.cli;

import dev.graph2doc.copy.CopyService;
import dev.graph2doc.demo.FleetSeeder;
import dev.graph2doc.demo.FleetSpec;
import dev.graph2doc.demo.SeedReport;
import dev.graph2doc.mapping.ActiveMapping;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.WriteReadiness;
import dev.graph2doc.metrics.BacklogGauges;
import dev.graph2doc.metrics.CopyGauges;
import dev.graph2doc.metrics.FenceMeters;
import dev.graph2doc.metrics.PhaseMeters;
import dev.graph2doc.phase.InstanceRegistry;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.PolledTenantPhases;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.ReadRequests;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.verify.VerificationService;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.neo4j.Neo4jFleetGraphStore;
import dev.graph2doc.wiring.StoreConnections;
import dev.graph2doc.write.GraphWriter;
import dev.graph2doc.write.NativeDocumentWriter;
import dev.graph2doc.write.RepairWorker;
import io.micronaut.context.ApplicationContext;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.BindException;
import java.net.URI;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** graph2doc's HTTP service with its stores, started the way {@code serve} starts it; tests start it the same way. */
public final class RunningService implements AutoCloseable {

    private final ApplicationContext context;
    private final EmbeddedServer server;

    private RunningService(ApplicationContext context, EmbeddedServer server) {
        this.context = context;
        this.server = server;
    }

    /**
     * Connects (or starts) the stores, seeds the demo graph if asked, then opens the HTTP port — in that
     * order, so the service never answers before its data is there.
     */
    public static RunningService start(Map<String, Object> properties, Optional<FleetSpec> seed, Consumer<String> out) {
        return start(properties, StartingGraph.of(seed), out);
    }

    /** As above, with the graph {@code serve} puts into Neo4j first: nothing, the demo fleet, or a dataset. */
    static RunningService start(Map<String, Object> properties, StartingGraph graph, Consumer<String> out) {
        ApplicationContext context = ApplicationContexts.start(properties);
        try {
            graph.put(context, out);
            Mapping mapping = context.getBean(ActiveMapping.class).get();
            graph.check(context, mapping, out);
            WriteReadiness.require(mapping); // writes must stay servable once MongoDB is alone
            StartupRisk.require(context); // before anything is written: a mapping risk rates danger is refused
            out.accept("mapping: " + mapping.source() + " (" + mapping.collections().size() + " collections)");
            // the key constraints make concurrent creation of one new node safe, from the first write, not the first copy
            context.getBean(GraphStore.class).prepare();
            context.getBean(GraphWriter.class).prepare();
            prepareNativeWrites(context);
            context.getBean(PolledTenantPhases.class).start();
            context.getBean(InstanceRegistry.class).start();
            // built now, so a bad graph2doc.read.* setting stops the start instead of failing the first read
            context.getBean(ReadRequests.class);
            context.getBean(ShadowComparator.class);
            ServiceTokens.prepare(context, graph.seeded(), out); // who may call it is settled before the port opens
            EmbeddedServer server = context.getBean(EmbeddedServer.class);
            startServer(context, server);
            context.getBean(CopyService.class).startWorkers();
            context.getBean(RepairWorker.class).start();
            context.getBean(VerificationService.class).startWorker(); // resumes a run a stopped instance left
            context.getBean(CopyGauges.class).start();
            context.getBean(BacklogGauges.class).start();
            context.getBean(PhaseMeters.class).start();
            context.getBean(FenceMeters.class);
            return new RunningService(context, server);
        } catch (RuntimeException e) {
            context.close();
            throw e;
        }
    }

    /** Any batch a crashed writer left journalled is finished before an unforked tenant is served again. */
    private static void prepareNativeWrites(ApplicationContext context) {
        NativeDocumentWriter writer = context.getBean(NativeDocumentWriter.class);
        TenantPhases phases = context.getBean(TenantPhases.class);
        context.getBean(GraphStore.class).tenants().stream().filter(t -> phases.phaseOf(t) == Phase.UNFORKED)
                .forEach(writer::prepare);
    }

    static SeedReport seed(ApplicationContext context, FleetSpec spec) {
        StoreConnections stores = context.getBean(StoreConnections.class);
        return new FleetSeeder(new Neo4jFleetGraphStore(stores.neo4j()), Clock.systemUTC()).seed(spec, msg -> { });
    }

    private static void startServer(ApplicationContext context, EmbeddedServer server) {
        // read before starting: a failed bind closes the context
        String port = context.getBean(NettyHttpServerConfiguration.class).getPort().map(String::valueOf).orElse("8080");
        try {
            server.start();
        } catch (RuntimeException e) {
            if (StartupFailures.hasCause(e, BindException.class)) {
                throw new ServiceStartupException("micronaut.server.port (--port, MICRONAUT_SERVER_PORT) = " + port
                        + " is already in use: stop what listens there, or pick another port (0 picks a free one).", e);
            }
            throw e;
        }
    }

    public URI uri() {
        return server.getURI();
    }

    public int port() {
        return server.getPort();
    }

    public ApplicationContext context() {
        return context;
    }

    @Override
    public void close() {
        if (server.isRunning()) {
            server.stop();
        }
        context.close();
    }
}
