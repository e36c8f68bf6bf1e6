package dev.graph2doc.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The size of a demo fleet graph. Per tenant: one {@code Customer}, one {@code Site} per 20 devices
 * (at least one), one {@code Bin} per device, the devices, and their readings. Every tenth device
 * monitors its neighbour's bin, so some bins have two devices and some none.
 */
public record FleetSpec(int tenants, int devicesPerTenant, int readingsPerDevice, long randomSeed) {

    public static final int MAX_TENANTS = 1000;
    private static final List<String> NAMES = List.of(
            "acme", "globex", "initech", "umbrella", "hooli", "stark", "wayne", "wonka", "tyrell", "cyberdyne");

    public FleetSpec {
        List<String> problems = new ArrayList<>();
        if (tenants < 1 || tenants > MAX_TENANTS) {
            problems.add("--tenants = " + tenants + " must be between 1 and " + MAX_TENANTS);
        }
        if (devicesPerTenant < 0) {
            problems.add("--devices = " + devicesPerTenant + " must be 0 or more");
        }
        if (readingsPerDevice < 0) {
            problems.add("--readings-per-device = " + readingsPerDevice + " must be 0 or more");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems) + ".");
        }
    }

    /** acme, globex, initech, … then tenant-11, tenant-12, … — stable for a given count. */
    public List<String> tenantNames() {
        List<String> names = new ArrayList<>(tenants);
        for (int i = 0; i < tenants; i++) {
            names.add(i < NAMES.size() ? NAMES.get(i) : "tenant-" + (i + 1));
        }
        return names;
    }

    public int sitesPerTenant() {
        return Math.max(1, (devicesPerTenant + 19) / 20);
    }

    public int binsPerTenant() {
        return devicesPerTenant;
    }

    public FleetCounts expectedCounts() {
        long t = tenants;
        long devices = t * devicesPerTenant;
        long sites = t * sitesPerTenant();
        long bins = t * binsPerTenant();
        long readings = devices * readingsPerDevice;
        Map<String, Long> nodes = new LinkedHashMap<>();
        nodes.put("Customer", t);
        nodes.put("Site", sites);
        nodes.put("Bin", bins);
        nodes.put("Device", devices);
        nodes.put("Reading", readings);
        Map<String, Long> rels = new LinkedHashMap<>();
        rels.put("OWNS", sites);
        rels.put("HAS_BIN", bins);
        rels.put("MONITORS", devices);
        rels.put("REPORTED", readings);
        return new FleetCounts(nodes, rels);
    }
}
