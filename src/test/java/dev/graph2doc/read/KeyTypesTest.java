package dev.graph2doc.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.graph2doc.mapping.CollectionMapping;
import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.mapping.Fields;
import dev.graph2doc.mapping.Layout;
import dev.graph2doc.mapping.Mapping;
import dev.graph2doc.mapping.Target;
import dev.graph2doc.mapping.Tenancy;
import dev.graph2doc.phase.Phase;
import dev.graph2doc.phase.TenantPhases;
import dev.graph2doc.read.diff.DocumentDiff;
import dev.graph2doc.read.shadow.FakeSource;
import dev.graph2doc.read.shadow.ShadowComparator;
import dev.graph2doc.read.shadow.ShadowListener;
import dev.graph2doc.read.shadow.ShadowSettings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyTypesTest {

    private static final CollectionMapping DEVICES = new CollectionMapping("devices", "Device", "id", Fields.ALL,
            List.of(), List.of(), List.of());
    private static final Mapping MAPPING = Mapping.of("test", Tenancy.fixed("t"), new Target(Layout.DATABASE_PER_TENANT,
            "t_", null), List.of(DEVICES));

    private final FakeSource graph = new FakeSource("neo4j");
    private final TenantPhases phases = t -> Phase.GRAPH_ONLY;

    private KeyTypes keyTypes() {
        ShadowSettings settings = new ShadowSettings(Map.of(), 1, 1, Duration.ofSeconds(1), Duration.ZERO, false,
                List.of(), 100);
        ShadowComparator comparator = new ShadowComparator(new DocumentDiff(MAPPING, List.of()), settings,
                ShadowListener.NONE, () -> 1.0);
        return new KeyTypes(phases, new ReadRouter(phases, graph, new FakeSource("mongodb"), comparator, false,
                ReadMetrics.NONE));
    }

    @Test
    void shouldReadDigitsAsAnIntegerWhenTheCollectionsKeysAreIntegers() {
        graph.docs.put(7L, new DocumentView("devices", 7L, 1, Map.of()));
        assertThat(keyTypes().typed("t", DEVICES, "42")).isEqualTo(42L);
    }

    @Test
    void shouldKeepDigitsAsTextWhenTheCollectionsKeysAreStrings() {
        graph.put("d-1", 1, Map.of());
        KeyTypes types = keyTypes();
        assertThat(types.typed("t", DEVICES, "42")).isEqualTo("42");
        assertThat(types.typed("t", DEVICES, "d-2")).isEqualTo("d-2");
    }

    @Test
    void shouldKeepTextAndAskAgainLaterWhenTheCollectionIsEmpty() {
        KeyTypes types = keyTypes();
        assertThat(types.typed("t", DEVICES, "42")).isEqualTo("42");
        graph.docs.put(7L, new DocumentView("devices", 7L, 1, Map.of()));
        assertThat(types.typed("t", DEVICES, "42")).isEqualTo(42L);
    }
}
