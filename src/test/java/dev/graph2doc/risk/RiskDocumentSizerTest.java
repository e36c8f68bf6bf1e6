package dev.graph2doc.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.RenderBatch;
import dev.graph2doc.risk.CollectionFacts.LargestDocument;
import dev.graph2doc.store.GraphStatistics.CollectionStatistics;
import dev.graph2doc.store.GraphStatistics.FieldStatistics;
import dev.graph2doc.store.GraphStatistics.RootFanOut;
import dev.graph2doc.store.GraphStore;
import dev.graph2doc.store.mongo.BsonSizes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sizer renders what is cheap to render and estimates the rest from the item sizes it saw. */
class RiskDocumentSizerTest {

    private static final CollectionMapping DEVICES = new CollectionMapping("devices", "Device", "id", Fields.ALL,
            List.of(), List.of(), List.of());
    private static final Map<String, Object> READING = Map.of("id", "r-0001", "fillLevel", 0.5);

    private final List<Object> renderedKeys = new ArrayList<>();
    private final BsonSizes sizes = new BsonSizes();

    @Test
    void shouldEstimateFromTheProbesItemSizeWithoutRenderingARootOverTheCap() {
        CollectionStatistics stats = new CollectionStatistics(2,
                List.of(new FieldStatistics("readings", 2_000_000, 3, "d-small")),
                List.of(new RootFanOut("d-huge", Map.of("readings", 2_000_000L)), new RootFanOut("d-small", Map.of("readings", 3L))));

        LargestDocument largest = new DocumentSizer(graph(), sizes, 100_000).largest(DEVICES, "acme", stats);

        long itemBytes = (sizes.valueBytes(List.of(READING, READING, READING)) - 5 + 2) / 3;
        assertThat(renderedKeys).containsExactly("d-small");
        assertThat(largest.key()).isEqualTo("d-huge");
        assertThat(largest.estimated()).isTrue();
        assertThat(largest.bytes()).isGreaterThanOrEqualTo(2_000_000 * itemBytes)
                .isLessThan(2_000_000 * itemBytes + sizes.documentBytes(small()));
    }

    @Test
    void shouldMeasureTheRenderedDocumentWhenEveryRootIsUnderTheCap() {
        CollectionStatistics stats = new CollectionStatistics(1, List.of(new FieldStatistics("readings", 3, 3, "d-small")),
                List.of(new RootFanOut("d-small", Map.of("readings", 3L))));

        LargestDocument largest = new DocumentSizer(graph(), sizes, 100_000).largest(DEVICES, "acme", stats);

        assertThat(largest).isEqualTo(new LargestDocument("acme", "d-small", sizes.documentBytes(small()), false));
    }

    private static DocumentView small() {
        return new DocumentView("devices", "d-small", 1, Map.of("model", "BinBar S1",
                "readings", List.of(READING, READING, READING)));
    }

    /** Renders d-small only; anything else is absent, as it is from the real renderer. */
    private GraphStore graph() {
        return new GraphStore() {
            @Override
            public RenderBatch renderKeys(CollectionMapping collection, String tenant, Collection<?> keys) {
                renderedKeys.addAll(keys);
                List<DocumentView> docs = keys.contains("d-small") ? List.of(small()) : List.of();
                return new RenderBatch(docs, List.of(), null, docs.size());
            }

            @Override
            public void prepare() {
            }

            @Override
            public RenderBatch renderRange(CollectionMapping c, String tenant, Object after, Object upTo, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public RenderBatch renderPage(CollectionMapping c, String tenant, dev.graph2doc.store.FieldFilter filter,
                                          Object after, int limit) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long countRoots(CollectionMapping collection, String tenant) {
                throw new UnsupportedOperationException();
            }

            @Override
            public long countRange(CollectionMapping collection, String tenant, Object after, Object upTo) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void scanKeys(CollectionMapping collection, String tenant, Object after, Object upTo, int batch,
                                 java.util.function.Consumer<List<Object>> sink) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Object> keyBoundaries(CollectionMapping collection, String tenant, int every) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<String> tenants() {
                return List.of("acme");
            }
        };
    }
}
