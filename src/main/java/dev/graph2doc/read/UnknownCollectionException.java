package dev.graph2doc.read;

/** The path names a collection the mapping does not declare. */
public class UnknownCollectionException extends RuntimeException {

    public UnknownCollectionException(String name, java.util.List<String> known) {
        super("no collection '" + ReadRequests.printable(name) + "' in the mapping; collections are " + known);
    }
}
