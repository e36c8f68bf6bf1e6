package dev.graph2doc.rehearse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each instance's own proxies: a partition cuts one instance from one store, and the others keep it. */
class InstanceProxiesTest {

    private ServerSocket store;

    @BeforeEach
    void listen() throws IOException {
        store = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofPlatform().daemon().start(this::echo);
    }

    @AfterEach
    void close() throws IOException {
        store.close();
    }

    @Test
    void shouldKeepUserDatabaseAndOptionsWhenRoutingAMongoUriThroughItsProxy() throws IOException {
        try (LoopbackProxy proxy = new LoopbackProxy("127.0.0.1", store.getLocalPort())) {
            String routed = InstanceProxies.through("mongodb://app:s%40cret@db.example:27017/admin?authSource=admin", proxy);

            assertThat(routed).isEqualTo("mongodb://app:s%40cret@127.0.0.1:" + proxy.port() + "/admin?authSource=admin");
        }
    }

    @Test
    void shouldCutOnlyThatInstanceFromMongoDbAndItsControlDatabaseWhenPartitioned() throws IOException {
        String uri = "mongodb://127.0.0.1:" + store.getLocalPort();
        try (InstanceProxies a = InstanceProxies.open("a", uri, uri, uri);
             InstanceProxies b = InstanceProxies.open("b", uri, uri, uri)) {
            a.cutMongo();

            assertThat(answers(port(a.environment().get("MONGODB_URI")))).as("a's data link").isFalse();
            assertThat(answers(port(a.environment().get("GRAPH2DOC_CONTROL_MONGODB_URI")))).as("a's control link").isFalse();
            assertThat(answers(port(a.environment().get("NEO4J_URI")))).as("a's Neo4j link").isTrue();
            assertThat(answers(port(b.environment().get("MONGODB_URI")))).as("b's data link").isTrue();

            a.restoreMongo();
            assertThat(answers(port(a.environment().get("MONGODB_URI")))).as("a's data link restored").isTrue();
        }
    }

    @Test
    void shouldGiveNoControlUriWhenTheControlDatabaseIsInTheDataMongoDb() throws IOException {
        String uri = "mongodb://127.0.0.1:" + store.getLocalPort();
        try (InstanceProxies a = InstanceProxies.open("a", uri, uri, null)) {
            assertThat(a.environment()).containsOnlyKeys("NEO4J_URI", "MONGODB_URI");
        }
    }

    @Test
    void shouldNameTheUriWhenItHasSeveralHosts() {
        assertThatThrownBy(() -> InstanceProxies.open("a", "bolt://127.0.0.1:7687", "mongodb://u:p@h1:1,h2:2/?replicaSet=rs", null))
                .hasMessageContaining("mongodb://***@h1:1,h2:2/?replicaSet=rs").hasMessageContaining("give the URI of one server");
    }

    private static int port(String uri) {
        return URI.create(uri).getPort();
    }

    /** Whether a byte sent through the port comes back from the echoing store. */
    private static boolean answers(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(2000);
            socket.getOutputStream().write(7);
            return socket.getInputStream().read() == 7;
        } catch (IOException e) {
            return false;
        }
    }

    private void echo() {
        while (!store.isClosed()) {
            try {
                Socket client = store.accept();
                Thread.ofPlatform().daemon().start(() -> {
                    try (client; InputStream in = client.getInputStream()) {
                        int b;
                        while ((b = in.read()) >= 0) {
                            client.getOutputStream().write(b);
                        }
                    } catch (IOException e) {
                        // the proxy closed it
                    }
                });
            } catch (IOException e) {
                return;
            }
        }
    }
}
