package dev.graph2doc.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.store.mongo.MongoConnector;
import dev.graph2doc.store.neo4j.Neo4jConnector;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class StoreSettingsTest {

    @Test
    void shouldBeEmbeddedWhenNoUriIsSet() {
        StoreSettings settings = new StoreSettings("", "neo4j", null, null, null, Duration.ofSeconds(10));

        assertThat(settings.embedded()).isTrue();
        assertThat(settings.problems()).isEmpty();
    }

    @Test
    void shouldReportEveryProblemAtOnceWhenSeveralAreWrong() {
        StoreSettings settings = new StoreSettings("bolt://db:7687", "neo4j", "pw", " ", null, Duration.ZERO);

        assertThat(settings.problems()).containsExactly(
                "neo4j.uri (NEO4J_URI) is set but mongodb.uri (MONGODB_URI) is not: set both to use real servers,"
                        + " or neither to start embedded stores.",
                "graph2doc.startup.connect-timeout = PT0S must be positive, e.g. 10s.");
    }

    @Test
    void shouldAcceptEveryBoltAndRoutingSchemeAndRefuseOthers() {
        for (String ok : new String[] {"bolt://h:7687", "bolt+s://h", "neo4j://h", "neo4j+ssc://h:7687"}) {
            assertThat(Neo4jConnector.uriProblem(ok)).as(ok).isEmpty();
        }
        assertThat(Neo4jConnector.uriProblem("localhost:7687")).get().asString()
                .contains("= 'localhost:7687' has scheme 'localhost'");
        assertThat(Neo4jConnector.uriProblem("bolt://bad host")).get().asString().contains("is not a URI");
    }

    @Test
    void shouldNameTheValueWhenTheMongoUriIsMalformed() {
        assertThat(MongoConnector.uriProblem("mongodb://u:secret@")).get().asString()
                .startsWith("mongodb.uri (MONGODB_URI) = 'mongodb://u:***@' is not a MongoDB connection string");
        assertThat(MongoConnector.uriProblem("mongodb://localhost:27017/?replicaSet=rs0")).isEmpty();
    }

    @Test
    void shouldMaskPasswordsButKeepTheRestOfTheUri() {
        assertThat(UriMasking.mask("mongodb://app:s3cr%40t@db1:27017,db2/app?replicaSet=rs0"))
                .isEqualTo("mongodb://app:***@db1:27017,db2/app?replicaSet=rs0");
        assertThat(UriMasking.mask("bolt://127.0.0.1:7687")).isEqualTo("bolt://127.0.0.1:7687");
        assertThat(UriMasking.mask("mongodb://user@host")).isEqualTo("mongodb://user@host");
    }
}
