package dev.graph2doc.rehearse;

import dev.graph2doc.demo.FleetGenerator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The story's clients on the demo fleet graph: BinBar devices ingesting readings in batched mutations (each batch also
 * sets the device's battery and its bin's fill level), occasional device renames and deletions of readings, and
 * customers reading bins, devices and pages of sites and readings.
 */
final class FleetWorkload implements Workload {

    private final Traffic traffic;
    private final Ledger ledger;
    private final int devices;

    FleetWorkload(Traffic traffic, Ledger ledger, int devices) {
        this.traffic = traffic;
        this.ledger = ledger;
        this.devices = devices;
    }

    @Override
    public Step writer(String tenant, int index, int of, SplittableRandom random) {
        return new DeviceWriter(tenant, index, of, random)::step;
    }

    @Override
    public Step reader(String tenant, SplittableRandom random) {
        return () -> {
            int pick = random.nextInt(100);
            int i = random.nextInt(devices);
            traffic.read(tenant, pick < 40 ? "bins/" + FleetGenerator.binKey(i)
                    : pick < 75 ? "devices/" + FleetGenerator.deviceKey(i)
                    : pick < 88 ? "sites?limit=20" : "readings?limit=20&after=" + FleetGenerator.deviceKey(i));
        };
    }

    /** Every fourth bin (at most 50), its capacity set to -1 litres. */
    @Override
    public Optional<Corruption> corruption(String tenant) {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < devices && keys.size() < 50; i += 4) {
            keys.add(FleetGenerator.binKey(i));
        }
        return Optional.of(new Corruption("bins", "capacityLitres", -1L, keys));
    }

    /** One device-owning writer: the documents it writes are written by no other thread. */
    private final class DeviceWriter {

        private final String tenant;
        private final List<Integer> owned = new ArrayList<>();
        private final List<String> myReadings = new ArrayList<>();
        private final SplittableRandom random;
        private long sequence;

        DeviceWriter(String tenant, int index, int of, SplittableRandom random) {
            this.tenant = tenant;
            this.random = random;
            for (int i = index; i < devices; i += of) {
                owned.add(i);
            }
        }

        void step() throws InterruptedException {
            if (owned.isEmpty()) {
                return;
            }
            int i = owned.get(random.nextInt(owned.size()));
            String device = FleetGenerator.deviceKey(i);
            int pick = random.nextInt(100);
            if (pick < 8 && !myReadings.isEmpty()) {
                String reading = myReadings.remove(random.nextInt(myReadings.size()));
                traffic.send(tenant, List.of(Mutations.delete("Reading", reading)), () -> ledger.deleted(tenant, "readings", reading));
            } else if (pick < 16) {
                Map<String, Object> renamed = Map.of("model", "BinBar R" + random.nextInt(1000));
                traffic.send(tenant, List.of(Mutations.upsert("Device", device, renamed)),
                        () -> ledger.wrote(tenant, "devices", device, renamed));
            } else {
                ingest(i, device);
            }
        }

        private void ingest(int i, String device) throws InterruptedException {
            List<Map<String, Object>> batch = new ArrayList<>();
            Map<String, Map<String, Object>> readings = new LinkedHashMap<>();
            int count = 1 + random.nextInt(4);
            for (int n = 0; n < count; n++) {
                String key = device + "-x" + (++sequence);
                Map<String, Object> fields = Map.of("fillLevel", Math.round(random.nextDouble() * 1000) / 1000.0,
                        "seq", sequence, "source", "rehearsal");
                readings.put(key, fields);
                batch.add(Mutations.upsert("Reading", key, fields));
                batch.add(Mutations.link("REPORTED", "Device", device, "Reading", key));
            }
            Map<String, Object> battery = Map.of("batteryPct", (long) random.nextInt(5, 101));
            Map<String, Object> fill = Map.of("fillLevel", Math.round(random.nextDouble() * 1000) / 1000.0);
            String bin = FleetGenerator.binKey(i);
            batch.add(Mutations.upsert("Device", device, battery));
            batch.add(Mutations.upsert("Bin", bin, fill));
            traffic.send(tenant, batch, () -> {
                readings.forEach((key, fields) -> ledger.wrote(tenant, "readings", key, fields));
                myReadings.addAll(readings.keySet());
                ledger.wrote(tenant, "devices", device, battery);
                ledger.wrote(tenant, "bins", bin, fill);
            });
        }
    }
}
