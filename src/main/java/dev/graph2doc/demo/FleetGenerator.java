package dev.graph2doc.demo;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Generates the fleet graph of the source story, deterministically: every node draws from its own random
 * stream derived from (seed, tenant, label, index), so the same spec yields the same graph whatever the
 * batch boundaries. Types are deliberately varied (strings, longs, doubles, booleans, lists, bytes,
 * dates, local and zoned date-times, durations, points) and some properties are missing.
 */
public final class FleetGenerator {

    public static final String TENANT_PROPERTY = "customerId";

    private static final ZonedDateTime EPOCH = ZonedDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneId.of("UTC"));
    private static final String[] CITIES = {"Zurich", "Berlin", "Lyon", "Porto", "Oslo", "Brno"};
    private static final double[][] CITY_CENTRES = {
            {8.5417, 47.3769}, {13.4050, 52.5200}, {4.8357, 45.7640}, {-8.6291, 41.1579}, {10.7522, 59.9139},
            {16.6068, 49.1951}};
    private static final String[] ZONES = {"Europe/Zurich", "Europe/Berlin", "Europe/Paris", "Europe/Lisbon",
            "Europe/Oslo", "Europe/Prague"};
    private static final String[] STREAMS = {"glass", "paper", "plastic", "organic", "metal", "residual"};
    private static final long[] CAPACITIES = {120, 240, 660, 1100};
    private static final String[] MODELS = {"BinBar S1", "BinBar S2", "BinBar X"};
    private static final String[] TIERS = {"bronze", "silver", "gold"};

    private final FleetSpec spec;

    public FleetGenerator(FleetSpec spec) {
        this.spec = spec;
    }

    public FleetSpec spec() {
        return spec;
    }

    public SeedNode customer(int tenantIndex) {
        String tenant = tenant(tenantIndex);
        SplittableRandom r = random(tenantIndex, 'C', 0);
        Map<String, Object> p = base(tenant, tenant);
        p.put("name", Character.toUpperCase(tenant.charAt(0)) + tenant.substring(1) + " Waste Services");
        p.put("tier", TIERS[r.nextInt(TIERS.length)]);
        p.put("createdOn", LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3000)));
        p.put("active", true);
        if (r.nextInt(3) > 0) {
            p.put("contactEmail", "ops@" + tenant + ".example");
        }
        return new SeedNode(tenant, p);
    }

    public List<SeedNode> sites(int tenantIndex) {
        List<SeedNode> sites = new ArrayList<>();
        for (int i = 0; i < spec.sitesPerTenant(); i++) {
            SplittableRandom r = random(tenantIndex, 'S', i);
            int city = i % CITIES.length;
            Map<String, Object> p = base(tenant(tenantIndex), siteKey(i));
            p.put("name", CITIES[city] + " depot " + (i + 1));
            p.put("city", CITIES[city]);
            if (i % 7 != 3) {
                p.put("address", (1 + r.nextInt(200)) + " Recycling Street");
            }
            p.put("openedOn", LocalDate.of(2010, 1, 1).plusDays(r.nextInt(5000)));
            p.put("tags", List.of(STREAMS[r.nextInt(STREAMS.length)], i % 2 == 0 ? "staffed" : "unstaffed"));
            sites.add(new SeedNode(siteKey(i), p));
        }
        return sites;
    }

    /** Bins {@code [from, to)} of a tenant. */
    public List<SeedBin> bins(int tenantIndex, int from, int to) {
        List<SeedBin> bins = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            bins.add(bin(tenantIndex, i));
        }
        return bins;
    }

    private SeedBin bin(int tenantIndex, int i) {
        SplittableRandom r = random(tenantIndex, 'B', i);
        int site = i % spec.sitesPerTenant();
        double[] centre = CITY_CENTRES[site % CITY_CENTRES.length];
        Map<String, Object> p = base(tenant(tenantIndex), binKey(i));
        p.put("capacityLitres", CAPACITIES[r.nextInt(CAPACITIES.length)]);
        p.put("fillLevel", round(r.nextDouble(), 3));
        p.put("location", new GeoPoint(round(centre[0] + r.nextDouble(-0.05, 0.05), 6),
                round(centre[1] + r.nextDouble(-0.05, 0.05), 6)));
        p.put("installedAt", EPOCH.minusDays(r.nextInt(2000)).plusMinutes(r.nextInt(1440))
                .withZoneSameInstant(ZoneId.of(ZONES[site % ZONES.length])));
        if (r.nextInt(5) > 0) {
            p.put("lastEmptiedAt", LocalDateTime.of(2025, 12, 1, 6, 0).plusMinutes(r.nextInt(40_000)));
        }
        p.put("smart", r.nextBoolean());
        p.put("streams", List.of(STREAMS[i % STREAMS.length], STREAMS[(i + r.nextInt(1, STREAMS.length)) % STREAMS.length]));
        p.put("alertThresholds", List.of(0.8, round(0.9 + r.nextDouble(0.09), 2)));
        return new SeedBin(new SeedNode(binKey(i), p), siteKey(site), i / spec.sitesPerTenant());
    }

    /** Devices {@code [from, to)} of a tenant, with their readings. */
    public List<SeedDevice> devices(int tenantIndex, int from, int to) {
        List<SeedDevice> devices = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            devices.add(device(tenantIndex, i));
        }
        return devices;
    }

    private SeedDevice device(int tenantIndex, int i) {
        SplittableRandom r = random(tenantIndex, 'D', i);
        String tenant = tenant(tenantIndex);
        String key = deviceKey(i);
        Map<String, Object> p = base(tenant, key);
        p.put("model", MODELS[r.nextInt(MODELS.length)]);
        p.put("firmware", "2." + r.nextInt(5) + "." + r.nextInt(10));
        p.put("batteryPct", (long) r.nextInt(5, 101));
        p.put("active", r.nextInt(20) > 0);
        if (i % 8 != 5) {
            p.put("serial", "BB-" + Long.toHexString(r.nextLong() & 0xffffffffL).toUpperCase());
        }
        p.put("calibration", new byte[] {(byte) r.nextInt(256), (byte) r.nextInt(256), (byte) r.nextInt(256)});
        Duration every = Duration.ofMinutes(15L * r.nextInt(1, 9));
        p.put("reportEvery", every);
        p.put("lastSeenAt", EPOCH.plus(every.multipliedBy(spec.readingsPerDevice())));
        int monitored = i % 10 == 9 ? i - 1 : i;
        LocalDate since = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(700));
        return new SeedDevice(new SeedNode(key, p), binKey(monitored), since, readings(tenant, key, every, r));
    }

    private List<SeedNode> readings(String tenant, String deviceKey, Duration every, SplittableRandom r) {
        List<SeedNode> readings = new ArrayList<>(spec.readingsPerDevice());
        double level = round(r.nextDouble(0.3), 3);
        for (int n = 0; n < spec.readingsPerDevice(); n++) {
            String key = deviceKey + "-r" + String.format("%04d", n);
            Map<String, Object> p = base(tenant, key);
            p.put("at", EPOCH.plus(every.multipliedBy(n + 1L)));
            level = Math.min(1.0, round(level + r.nextDouble(0.05), 3));
            p.put("fillLevel", level);
            if (r.nextInt(10) > 0) {
                p.put("temperatureC", round(r.nextDouble(-5, 35), 1));
            }
            p.put("seq", (long) n);
            readings.add(new SeedNode(key, p));
        }
        return readings;
    }

    public String tenant(int tenantIndex) {
        return spec.tenantNames().get(tenantIndex);
    }

    public static String siteKey(int i) {
        return String.format("s-%04d", i);
    }

    public static String binKey(int i) {
        return String.format("b-%06d", i);
    }

    public static String deviceKey(int i) {
        return String.format("d-%06d", i);
    }

    private static Map<String, Object> base(String tenant, String key) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put(TENANT_PROPERTY, tenant);
        p.put("id", key);
        return p;
    }

    private SplittableRandom random(int tenantIndex, char kind, int index) {
        long h = spec.randomSeed();
        h = mix(h ^ tenantIndex);
        h = mix(h ^ kind);
        h = mix(h ^ index);
        return new SplittableRandom(h);
    }

    /** SplitMix64's finaliser: neighbouring inputs give unrelated streams. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static double round(double value, int digits) {
        double scale = Math.pow(10, digits);
        return Math.round(value * scale) / scale;
    }
}
