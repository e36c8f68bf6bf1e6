package dev.graph2doc.copy;

/**
 * A root the copy could not put into MongoDB, named so that an operator can fix the data or the mapping:
 * {@code UNWRITABLE} when MongoDB refuses its document (too large, nested too deep, a field name it does not take),
 * {@code UNMAPPABLE} when a graph value has no faithful document value. {@code bytes} is the BSON size (0: unknown).
 */
public record CopyFinding(String tenant, String collection, Object key, Kind kind, long bytes, String reason) {

    public enum Kind { UNWRITABLE, UNMAPPABLE }

    /** One line, e.g. {@code unwritable: bins 'b-7' (17,000,123 bytes): its BSON is …}. */
    public String describe() {
        String sized = bytes > 0 ? " (" + bytes + " bytes)" : "";
        return kind.name().toLowerCase() + ": " + collection + " " + quoted(key) + sized + ": " + reason;
    }

    static String quoted(Object key) {
        return key instanceof String s ? "'" + s + "'" : String.valueOf(key);
    }
}
