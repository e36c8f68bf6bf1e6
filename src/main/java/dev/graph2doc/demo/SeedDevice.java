package dev.graph2doc.demo;

import java.time.LocalDate;
import java.util.List;

/** A BinBar device, the bin it monitors since a date, and the readings it reported. */
public record SeedDevice(SeedNode device, String binKey, LocalDate monitoringSince, List<SeedNode> readings) {
}
