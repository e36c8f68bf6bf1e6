package dev.graph2doc.demo;

import java.util.Map;

/** One node to create: its business key (also in {@code properties} as {@code id}) and all its properties. */
public record SeedNode(String key, Map<String, Object> properties) {
}
