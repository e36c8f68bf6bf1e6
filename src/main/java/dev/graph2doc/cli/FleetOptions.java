package dev.graph2doc.cli;

import dev.graph2doc.demo.FleetSpec;
import picocli.CommandLine.Option;

/** The demo graph's size, shared by {@code serve --seed} and {@code seed}. */
final class FleetOptions {

    @Option(names = "--tenants", defaultValue = "3", description = "Tenants (customers) to seed. Default: ${DEFAULT-VALUE}.")
    int tenants;

    @Option(names = "--devices", defaultValue = "100", description = "BinBar devices (and bins) per tenant. Default: ${DEFAULT-VALUE}.")
    int devices;

    @Option(names = "--readings-per-device", defaultValue = "5", description = "Readings per device. Default: ${DEFAULT-VALUE}.")
    int readingsPerDevice;

    @Option(names = "--random-seed", defaultValue = "42", description = "Same value, same graph. Default: ${DEFAULT-VALUE}.")
    long randomSeed;

    /** @throws IllegalArgumentException naming every out-of-range option and its value */
    FleetSpec spec() {
        return new FleetSpec(tenants, devices, readingsPerDevice, randomSeed);
    }
}
