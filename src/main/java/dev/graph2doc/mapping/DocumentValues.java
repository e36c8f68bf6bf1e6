package dev.graph2doc.mapping;

/**
 * The type mapping from graph values to document values. Total for every Neo4j property type:
 *
 * <table>
 * <tr><th>Neo4j</th><th>document value</th><th>BSON</th></tr>
 * <tr><td>Integer</td><td>Long</td><td>Int64 (exact)</td></tr>
 * <tr><td>Float</td><td>Double</td><td>Double</td></tr>
 * <tr><td>Boolean, String</td><td>Boolean, String</td><td>Boolean, String</td></tr>
 * <tr><td>List (homogeneous or, in projections, mixed)</td><td>List</td><td>Array</td></tr>
 * <tr><td>ByteArray</td><td>byte[]</td><td>Binary (subtype 0)</td></tr>
 * <tr><td>Date</td><td>Instant at 00:00 UTC</td><td>Date</td></tr>
 * <tr><td>LocalDateTime</td><td>Instant, the wall time read as UTC</td><td>Date</td></tr>
 * <tr><td>DateTime (zone id or offset)</td><td>{instant: Instant, zone: "Europe/Zurich" | "+02:00"}</td><td>embedded document</td></tr>
 * <tr><td>LocalTime, Time</td><td>ISO-8601 String ("10:15:30", "10:15:30+02:00")</td><td>String</td></tr>
 * <tr><td>Duration</td><td>{months, days, seconds, nanos} (Longs)</td><td>embedded document</td></tr>
 * <tr><td>Point WGS-84 (SRID 4326, 4979)</td><td>GeoJSON {type: "Point", coordinates: [lon, lat(, height)]}</td><td>embedded document</td></tr>
 * <tr><td>Point Cartesian (SRID 7203, 9157)</td><td>{srid, x, y(, z)}</td><td>embedded document</td></tr>
 * </table>
 *
 * <p>BSON dates hold milliseconds: a temporal value with a finer fraction cannot be stored without loss and is
 * reported as an {@link UnmappableValueException} naming the collection, key and property — never truncated
 * silently, never dropped silently.
 */
public final class DocumentValues {

    public static final String INTERNAL_PREFIX = "_g2d";

    private DocumentValues() {
    }
}
