package dev.graph2doc.copy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.DocumentEquality;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.testing.StoresExtension;
import dev.graph2doc.testing.TestMappings;
import dev.graph2doc.testing.TestStores;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.Session;

/** Every row of the type-mapping table (DocumentValues): graph value -> document value -> BSON -> back, unchanged. */
@ExtendWith(StoresExtension.class)
class TypeMappingIT {

    private static final Mapping THINGS = TestMappings.single("Thing", "id", List.of(), List.of());

    private TestStores stores;

    @BeforeEach
    void empty(TestStores stores) {
        this.stores = stores;
        stores.clear();
    }

    @Test
    void shouldRoundTripEveryTypeInTheTable() {
        cypher("CREATE (:Thing {id: 't1', int: 9007199254740993, negative: -42, float: 2.5, yes: true, text: 'héllo ✓', "
                + "ints: [1, 2, 3], strings: ['a', 'b'], bytes: $bytes, date: date('2026-03-01'), "
                + "local: localdatetime('2026-03-01T10:15:30.123'), zoned: datetime('2026-03-01T10:15:30+01:00[Europe/Zurich]'), "
                + "offset: datetime('2026-03-01T10:15:30+02:00'), ltime: localtime('10:15:30'), otime: time('10:15:30+02:00'), "
                + "dur: duration('P1Y2M3DT4H5M6.5S'), geo: point({longitude: 8.54, latitude: 47.37}), "
                + "geo3: point({longitude: 8.54, latitude: 47.37, height: 408.0}), flat: point({x: 1.5, y: 2.5})})",
                Map.of("bytes", new byte[] {1, 2, (byte) 255}));
        try (CopyFixture fixture = new CopyFixture(stores, THINGS)) {
            RenderBatch batch = fixture.graph.renderRange(THINGS.collections().get(0), "solo", null, null, 10);
            DocumentView rendered = batch.documents().get(0);
            fixture.documents.upsertIfNewer("solo", "thing", batch.documents());

            DocumentView readBack = fixture.documents.find("solo", "thing", "t1").orElseThrow();

            assertThat(batch.problems()).isEmpty();
            assertThat(DocumentEquality.same(rendered, readBack)).as("%s%n%s", rendered, readBack).isTrue();
            assertDocumentValues(rendered.body());
            assertBsonTypes(stores.mongo().getDatabase("t_solo").getCollection("thing").find().first());
        }
    }

    @Test
    void shouldReportKeyAndPropertyAndWriteNothingWhenATimeIsFinerThanAMillisecond() {
        cypher("CREATE (:Thing {id: 'fine', at: localdatetime('2026-03-01T10:15:30.123456')}), (:Thing {id: 'ok', n: 1})", Map.of());
        try (CopyFixture fixture = new CopyFixture(stores, THINGS)) {
            RenderBatch batch = fixture.graph.renderRange(THINGS.collections().get(0), "solo", null, null, 10);

            assertThat(batch.documents()).extracting(DocumentView::key).containsExactly("ok");
            assertThat(batch.problems()).singleElement().satisfies(p -> {
                assertThat(p.key()).isEqualTo("fine");
                assertThat(p.path()).isEqualTo("at");
                assertThat(p.getMessage()).contains("thing key 'fine' field at").contains("finer than the millisecond");
            });
            assertThat(batch.lastKey()).isEqualTo("ok");
        }
    }

    @Test
    void shouldCopyTheRestAndNameTheRootAsAFindingWhenOneValueCannotBeMapped() throws InterruptedException {
        cypher("CREATE (:Thing {id: 'fine', at: localdatetime('2026-03-01T10:15:30.123456')}), (:Thing {id: 'ok', n: 1})", Map.of());
        java.util.List<dev.graph2doc.mapping.UnmappableValueException> reported = new java.util.ArrayList<>();
        try (CopyFixture fixture = new CopyFixture(stores, THINGS)) {
            CopyCoordinator coordinator = fixture.coordinator("a", CopySettings.DEFAULT, new CopyProgressListener() {
                @Override
                public void unmappable(CopyPartition partition, dev.graph2doc.mapping.UnmappableValueException problem) {
                    reported.add(problem);
                }
            });
            coordinator.start(List.of("solo"), List.of());

            CopyFixture.copyAll(coordinator);

            assertThat(reported).singleElement().satisfies(p -> assertThat(p.key()).isEqualTo("fine"));
            assertThat(fixture.documents.find("solo", "thing", "ok")).isPresent();
            assertThat(fixture.documents.find("solo", "thing", "fine")).isEmpty();
            assertThat(coordinator.status()).singleElement().satisfies(s -> {
                assertThat(s.state()).as("a root is missing from MongoDB").isEqualTo(CopyStatus.State.COMPLETE_WITH_FINDINGS);
                assertThat(s.findings()).isEqualTo(1);
                assertThat(s.examples()).singleElement().satisfies(f -> {
                    assertThat(f.kind()).isEqualTo(CopyFinding.Kind.UNMAPPABLE);
                    assertThat(f.key()).isEqualTo("fine");
                    assertThat(f.reason()).contains("field at").contains("finer than the millisecond");
                });
            });
        }
    }

    private static void assertDocumentValues(Map<String, Object> body) {
        assertThat(body.get("int")).isEqualTo(9007199254740993L);
        assertThat(body.get("date")).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(body.get("local")).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
        assertThat(body.get("zoned")).isEqualTo(Map.of("instant", Instant.parse("2026-03-01T09:15:30Z"), "zone", "Europe/Zurich"));
        assertThat(body.get("offset")).isEqualTo(Map.of("instant", Instant.parse("2026-03-01T08:15:30Z"), "zone", "+02:00"));
        assertThat(body.get("ltime")).isEqualTo("10:15:30");
        assertThat(body.get("otime")).isEqualTo("10:15:30+02:00");
        assertThat(body.get("dur")).isEqualTo(Map.of("months", 14L, "days", 3L, "seconds", 14706L, "nanos", 500_000_000L));
        assertThat(body.get("geo")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(8.54, 47.37)));
        assertThat(body.get("geo3")).isEqualTo(Map.of("type", "Point", "coordinates", List.of(8.54, 47.37, 408.0)));
        assertThat(body.get("flat")).isEqualTo(Map.of("srid", 7203L, "x", 1.5, "y", 2.5));
    }

    private static void assertBsonTypes(Document raw) {
        assertThat(raw.get("int")).isInstanceOf(Long.class);
        assertThat(raw.get("negative")).isInstanceOf(Long.class);
        assertThat(raw.get("float")).isInstanceOf(Double.class);
        assertThat(raw.get("bytes")).isInstanceOf(Binary.class);
        assertThat(raw.get("date")).isInstanceOf(java.util.Date.class);
        assertThat(raw.get("zoned", Document.class).get("instant")).isInstanceOf(java.util.Date.class);
        assertThat(raw.get("geo", Document.class).getString("type")).isEqualTo("Point");
        assertThat(raw.get("_g2d_v")).isEqualTo(0L);
    }

    private void cypher(String statement, Map<String, Object> params) {
        try (Session session = stores.neo4j().session()) {
            session.run(statement, params).consume();
        }
    }
}
