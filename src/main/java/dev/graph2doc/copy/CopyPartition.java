package dev.graph2doc.copy;

/** A key range of one tenant's collection: {@code after < key <= upTo}; a null bound is open. */
public record CopyPartition(String tenant, String collection, int index, Object after, Object upTo) {

    public String id() {
        return tenant + "/" + collection + "/" + index;
    }
}
