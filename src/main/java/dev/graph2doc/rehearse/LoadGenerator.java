package dev.graph2doc.rehearse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.demo.FleetGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The story's clients through the real data API, at a bounded rate per tenant: BinBar devices ingesting readings
 * in batched mutations (each batch also sets the device's battery and its bin's fill level), occasional device
 * renames and deletions of readings, and customers reading bins, devices and pages of sites and readings. Every
 * 2xx write goes into the {@link Ledger}; every request into the {@link RequestStats} under its tenant's phase.
 */
final class LoadGenerator implements AutoCloseable {

    static final int WRITERS_PER_TENANT = 2;
    static final int READERS_PER_TENANT = 2;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;
    private final Tokens tokens;
    private final PhaseBoard phases;
    private final Ledger ledger;
    private final RequestStats stats;
    private final int devices;
    private final double requestsPerSecondPerTenant;
    private final long seed;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running = true;

    LoadGenerator(ApiClient api, Tokens tokens, PhaseBoard phases, Ledger ledger, RequestStats stats, int devices,
                  double requestsPerSecondPerTenant, long seed) {
        this.api = api;
        this.tokens = tokens;
        this.phases = phases;
        this.ledger = ledger;
        this.stats = stats;
        this.devices = devices;
        this.requestsPerSecondPerTenant = requestsPerSecondPerTenant;
        this.seed = seed;
    }

    void start() {
        int t = 0;
        for (String tenant : phases.tenants()) {
            for (int w = 0; w < WRITERS_PER_TENANT; w++) {
                DeviceWriter writer = new DeviceWriter(tenant, w, WRITERS_PER_TENANT, devices, new SplittableRandom(seed * 31 + t * 7L + w));
                threads.add(loop("rehearse-writer-" + tenant + "-" + w, writer::step,
                        requestsPerSecondPerTenant / 3 / WRITERS_PER_TENANT));
            }
            for (int r = 0; r < READERS_PER_TENANT; r++) {
                SplittableRandom random = new SplittableRandom(seed * 17 + t * 5L + r);
                threads.add(loop("rehearse-reader-" + tenant + "-" + r, () -> read(tenant, random),
                        requestsPerSecondPerTenant * 2 / 3 / READERS_PER_TENANT));
            }
            t++;
        }
    }

    /** A thread doing {@code step} {@code perSecond} times a second (a third of a tenant's requests are writes). */
    private Thread loop(String name, Step step, double perSecond) {
        long intervalNanos = (long) (1e9 / perSecond);
        return Thread.ofPlatform().daemon().name(name).start(() -> {
            long next = System.nanoTime();
            while (running) {
                try {
                    step.run();
                    next += intervalNanos;
                    long wait = next - System.nanoTime();
                    if (wait > 0) {
                        Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                    } else {
                        next = System.nanoTime(); // behind (a slow phase): do not burst to catch up
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        });
    }

    @FunctionalInterface
    private interface Step {
        void run() throws InterruptedException;
    }

    private void read(String tenant, SplittableRandom random) throws InterruptedException {
        int pick = random.nextInt(100);
        int i = random.nextInt(devices);
        String path = "/v1/tenants/" + tenant + "/collections/" + (pick < 40 ? "bins/" + FleetGenerator.binKey(i)
                : pick < 75 ? "devices/" + FleetGenerator.deviceKey(i)
                : pick < 88 ? "sites?limit=20" : "readings?limit=20&after=" + FleetGenerator.deviceKey(i));
        String phase = phases.of(tenant);
        stats.record(phase, false, api.get(path, tokens.keyOf(tenant)), "GET " + path);
    }

    /** Sends one batch; on a 2xx, hands the acknowledged document values to the ledger. */
    void send(String tenant, List<Map<String, Object>> mutations, Runnable onAcknowledged) throws InterruptedException {
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("mutations", mutations));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String phase = phases.of(tenant);
        ApiClient.Answer answer = api.post("/v1/tenants/" + tenant + "/mutations", body, tokens.keyOf(tenant));
        stats.record(phase, true, answer, "POST /v1/tenants/" + tenant + "/mutations (" + mutations.size() + " mutations)");
        if (answer.ok()) {
            onAcknowledged.run();
        }
    }

    /** One device-owning writer: the documents it writes are written by no other thread. */
    private final class DeviceWriter {

        private final String tenant;
        private final List<Integer> owned = new ArrayList<>();
        private final List<String> myReadings = new ArrayList<>();
        private final SplittableRandom random;
        private long sequence;

        DeviceWriter(String tenant, int index, int of, int devices, SplittableRandom random) {
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
                send(tenant, List.of(Mutations.delete("Reading", reading)), () -> ledger.deleted(tenant, "readings", reading));
            } else if (pick < 16) {
                Map<String, Object> renamed = Map.of("model", "BinBar R" + random.nextInt(1000));
                send(tenant, List.of(Mutations.upsert("Device", device, renamed)),
                        () -> ledger.wrote(tenant, "devices", device, renamed));
            } else {
                ingest(i, device);
            }
        }

        private void ingest(int i, String device) throws InterruptedException {
            List<Map<String, Object>> batch = new ArrayList<>();
            Map<String, Map<String, Object>> readings = new java.util.LinkedHashMap<>();
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
            send(tenant, batch, () -> {
                readings.forEach((key, fields) -> ledger.wrote(tenant, "readings", key, fields));
                myReadings.addAll(readings.keySet());
                ledger.wrote(tenant, "devices", device, battery);
                ledger.wrote(tenant, "bins", bin, fill);
            });
        }
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        for (Thread thread : threads) {
            thread.join(ApiClient.GIVE_UP.toMillis() + 5_000);
        }
    }
}
