package dev.graph2doc.mapping;

/** A graph value that has no faithful document value; names where it is and why. */
public final class UnmappableValueException extends RuntimeException {

    private final String collection;
    private final Object key;
    private final String path;

    public UnmappableValueException(String collection, Object key, String path, String reason) {
        super(collection + " key " + render(key) + " field " + path + ": " + reason);
        this.collection = collection;
        this.key = key;
        this.path = path;
    }

    public String collection() {
        return collection;
    }

    public Object key() {
        return key;
    }

    public String path() {
        return path;
    }

    private static String render(Object key) {
        return key instanceof String s ? "'" + s + "'" : String.valueOf(key);
    }
}
