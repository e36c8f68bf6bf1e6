package dev.graph2doc.demo;

/** A bin and the site that holds it ({@code (:Site)-[:HAS_BIN {position}]->(:Bin)}). */
public record SeedBin(SeedNode bin, String siteKey, long position) {
}
