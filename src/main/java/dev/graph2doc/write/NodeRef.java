package dev.graph2doc.write;

/** A node as the data API addresses it: a root label and its key, inside the tenant of the request. */
public record NodeRef(String label, Object key) {

    @Override
    public String toString() {
        return label + " '" + key + "'";
    }
}
