package dev.graph2doc.bench;

import dev.graph2doc.demo.FleetGenerator;
import dev.graph2doc.write.Mutation;
import dev.graph2doc.write.NodeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The fixed mix of valid mutation batches over the seeded fleet, the same sequence for every run (one random
 * seed): 60% a reading ingested (a new {@code Reading} and its {@code REPORTED} link from a device), 25% a
 * device's battery and model changed (fans out to the bin embedding the device), 15% a bin's fill level.
 * Readings get keys unique to the run, so every run creates new ones.
 */
final class WriteMix {

    static final String DESCRIPTION = "60% reading ingested (upsertNode Reading + link REPORTED from its Device), "
            + "25% device batteryPct+model (fans out to the Bin embedding it), 15% bin fillLevel";
    private static final long SEED = 42L;
    private static final String[] MODELS = {"BinBar S1", "BinBar S2", "BinBar X"};

    private final int devices;

    WriteMix(int devices) {
        this.devices = devices;
    }

    /** {@code count} batches; {@code tag} makes the run's reading keys its own. */
    List<List<Mutation>> batches(String tag, int count) {
        Random random = new Random(SEED);
        List<List<Mutation>> batches = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int roll = random.nextInt(100);
            NodeRef device = new NodeRef("Device", FleetGenerator.deviceKey(random.nextInt(devices)));
            if (roll < 60) {
                batches.add(reading(device, "r-bench-" + tag + "-" + i, random, i));
            } else if (roll < 85) {
                batches.add(List.of(new Mutation.UpsertNode(device, Map.of("batteryPct", (long) random.nextInt(5, 101),
                        "model", MODELS[random.nextInt(MODELS.length)]))));
            } else {
                NodeRef bin = new NodeRef("Bin", FleetGenerator.binKey(random.nextInt(devices)));
                batches.add(List.of(new Mutation.UpsertNode(bin, Map.of("fillLevel", round(random.nextDouble())))));
            }
        }
        return batches;
    }

    private static List<Mutation> reading(NodeRef device, String key, Random random, int i) {
        NodeRef reading = new NodeRef("Reading", key);
        return List.of(new Mutation.UpsertNode(reading, Map.of("at", "2026-03-01T00:00:00Z", "seq", (long) i,
                        "fillLevel", round(random.nextDouble()), "temperatureC", round(random.nextDouble() * 30))),
                new Mutation.Link("REPORTED", device, reading, Map.of()));
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
