package dev.graph2doc.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetGeneratorTest {

    private static final FleetSpec SPEC = new FleetSpec(2, 30, 3, 42L);

    @Test
    void shouldYieldTheSameGraphWhenTheSeedIsTheSame() {
        FleetGenerator a = new FleetGenerator(SPEC);
        FleetGenerator b = new FleetGenerator(new FleetSpec(2, 30, 3, 42L));

        assertThat(render(a)).isEqualTo(render(b));
    }

    @Test
    void shouldYieldADifferentGraphWhenTheSeedDiffers() {
        assertThat(render(new FleetGenerator(SPEC))).isNotEqualTo(render(new FleetGenerator(new FleetSpec(2, 30, 3, 43L))));
    }

    @Test
    void shouldNotDependOnBatchBoundaries() {
        FleetGenerator generator = new FleetGenerator(SPEC);
        List<SeedDevice> split = new ArrayList<>(generator.devices(1, 0, 7));
        split.addAll(generator.devices(1, 7, 30));

        assertThat(deepString(split)).isEqualTo(deepString(generator.devices(1, 0, 30)));
    }

    @Test
    void shouldLetEveryTenthDeviceMonitorItsNeighboursBin() {
        List<SeedDevice> devices = new FleetGenerator(SPEC).devices(0, 0, 30);

        assertThat(devices.get(9).binKey()).isEqualTo("b-000008");
        assertThat(devices.get(10).binKey()).isEqualTo("b-000010");
        assertThat(devices.stream().map(SeedDevice::binKey).distinct()).hasSize(27);
    }

    @Test
    void shouldLeaveSomePropertiesMissing() {
        List<SeedNode> sites = new FleetGenerator(new FleetSpec(1, 200, 0, 1L)).sites(0);

        assertThat(sites).anyMatch(s -> !s.properties().containsKey("address"));
        assertThat(sites).anyMatch(s -> s.properties().containsKey("address"));
    }

    @Test
    void shouldNameEveryBadSizeWhenTheSpecIsInvalid() {
        assertThatThrownBy(() -> new FleetSpec(0, -1, -2, 1L))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--tenants = 0")
                .hasMessageContaining("--devices = -1")
                .hasMessageContaining("--readings-per-device = -2");
    }

    @Test
    void shouldCountNodesAndRelationshipsFromTheSpec() {
        FleetCounts counts = new FleetSpec(4, 25_000, 8, 1L).expectedCounts();

        assertThat(counts.totalNodes()).isEqualTo(4 * (1 + 1250 + 25_000 + 25_000 + 200_000L));
        assertThat(counts.relationships()).containsEntry("MONITORS", 100_000L).containsEntry("OWNS", 5_000L);
    }

    private static String render(FleetGenerator g) {
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < g.spec().tenants(); t++) {
            out.append(deepString(List.of(g.customer(t)))).append(deepString(g.sites(t)))
                    .append(deepString(g.bins(t, 0, g.spec().binsPerTenant())))
                    .append(deepString(g.devices(t, 0, g.spec().devicesPerTenant())));
        }
        return out.toString();
    }

    /** byte[] has identity equality; its contents are what must be stable. */
    private static String deepString(List<?> items) {
        return items.toString().replaceAll("\\[B@[0-9a-f]+", "bytes")
                + items.stream().map(FleetGeneratorTest::bytesOf).toList();
    }

    private static String bytesOf(Object item) {
        if (item instanceof SeedDevice d) {
            return java.util.Arrays.toString((byte[]) d.device().properties().get("calibration"));
        }
        return "";
    }
}
