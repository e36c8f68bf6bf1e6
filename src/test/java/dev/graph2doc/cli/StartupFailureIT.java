package dev.graph2doc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.testing.CommandRun;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestStores;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Runs {@code graph2doc serve} as a real process with bad configuration, as an operator would. */
@ExtendWith(StoresExtension.class)
class StartupFailureIT {

    private static final Duration BOUND = Duration.ofSeconds(40);

    @Test
    void shouldNameTheKeyAndValueWhenMongodbIsUnreachable(TestStores stores) throws Exception {
        int closedPort = freePort();
        String uri = "mongodb://127.0.0.1:" + closedPort;

        Result result = serve(Map.of("NEO4J_URI", stores.neo4jUri(), "NEO4J_PASSWORD", password(stores),
                "MONGODB_URI", uri, "GRAPH2DOC_STARTUP_CONNECT_TIMEOUT", "2s"));

        result.assertOneSentenceFailure();
        assertThat(result.stderr).contains("mongodb.uri (MONGODB_URI) = '" + uri + "' is unreachable: no server answered within 2s");
    }

    @Test
    void shouldNameTheKeyAndValueWhenTheNeo4jSchemeIsWrong(TestStores stores) throws Exception {
        Result result = serve(Map.of("NEO4J_URI", "http://127.0.0.1:7474", "MONGODB_URI", stores.mongoUri()));

        result.assertOneSentenceFailure();
        assertThat(result.stderr).contains("neo4j.uri (NEO4J_URI) = 'http://127.0.0.1:7474' has scheme 'http'")
                .contains("bolt://localhost:7687");
    }

    @Test
    void shouldNameThePortWhenItIsInUse(TestStores stores) throws Exception {
        stores.clear(); // the mapping is checked against the graph before the port opens
        try (ServerSocket taken = new ServerSocket(0)) {
            Map<String, String> env = new java.util.HashMap<>(stores.environment());
            env.put("MICRONAUT_SERVER_PORT", String.valueOf(taken.getLocalPort()));
            Result result = serve(env);

            result.assertOneSentenceFailure();
            assertThat(result.stderr).contains("micronaut.server.port (--port, MICRONAUT_SERVER_PORT) = "
                    + taken.getLocalPort() + " is already in use");
        }
    }

    @Test
    void shouldRefuseOneUriWithoutTheOther(TestStores stores) throws Exception {
        Result result = serve(Map.of("MONGODB_URI", stores.mongoUri()));

        result.assertOneSentenceFailure();
        assertThat(result.stderr).contains("mongodb.uri (MONGODB_URI) is set but neo4j.uri (NEO4J_URI) is not");
    }

    @Test
    void shouldNameEveryMistakeAtOnceWhenTheConfigurationHasThreeUnrelatedOnes(TestStores stores) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(stores.environment());
        env.putAll(Map.of("GRAPH2DOC_COPY_CHUNK_SIZE", "5000", "GRAPH2DOC_READ_COMPARE_EXPERIMENT", "bogus",
                "GRAPH2DOC_PHASE_GATES_STORE_TIMEOUT", "five seconds"));
        CommandRun run = CommandRun.run(env, BOUND, "serve");

        String all = run.stdout() + run.stderr();
        assertThat(run.exitCode()).as("exit code; output:%n%s", all).isEqualTo(1);
        assertThat(run.hasStackTrace()).as("stack trace in:%n%s", all).isFalse();
        assertThat(run.errorLines()).as(all).hasSize(4);
        assertThat(run.errorLines().get(0)).isEqualTo("graph2doc: 3 configuration problem(s); fix them and start again:");
        assertThat(run.stderr()).contains("- graph2doc.copy.chunk-size = 5000 must be 1..1000")
                .contains("- graph2doc.phase.gates.store-timeout = 'five seconds' is not a duration")
                .contains("- graph2doc.read.compare.experiment = 'bogus' is not an experiment");
    }

    private static String password(TestStores stores) {
        return stores.neo4jPassword() == null ? "" : stores.neo4jPassword();
    }

    private static Result serve(Map<String, String> env) throws IOException, InterruptedException {
        return new Result(CommandRun.run(env, BOUND, "serve"));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    record Result(CommandRun run, String stderr) {

        Result(CommandRun run) {
            this(run, run.stderr());
        }

        void assertOneSentenceFailure() {
            String all = run.stdout() + run.stderr();
            assertThat(run.exitCode()).as("exit code; output:%n%s", all).isEqualTo(1);
            assertThat(run.elapsed()).isLessThan(BOUND);
            assertThat(run.errorLines()).as(all).hasSize(1);
            assertThat(run.errorLines().get(0)).startsWith("graph2doc: ");
            assertThat(run.hasStackTrace()).as("stack trace in:%n%s", all).isFalse();
        }
    }
}
