package dev.graph2doc.demo;

/** A WGS-84 point; the Neo4j adapter stores it as a native point (SRID 4326). */
public record GeoPoint(double longitude, double latitude) {
}
