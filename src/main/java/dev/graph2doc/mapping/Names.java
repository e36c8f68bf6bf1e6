package dev.graph2doc.mapping;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What makes a name unusable: graph identifiers go to Cypher as escaped identifiers, document field
 * names and database names to MongoDB. Each check answers why a name is refused, or empty when it is fine.
 */
final class Names {

    /** graph2doc's own fields in a document (versions, tenant) start with this; mappings may not use it. */
    static final String RESERVED_FIELD_PREFIX = DocumentValues.INTERNAL_PREFIX;

    private static final Pattern MONGO_NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private Names() {
    }

    /** Labels, relationship types and property keys: refused when they could make escaping ambiguous. */
    static Optional<String> identifierProblem(String kind, String name) {
        if (name.isEmpty()) {
            return Optional.of(kind + " name is empty");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of(kind + " '" + printable(name) + "' contains a NUL character");
        }
        if (name.indexOf('`') >= 0) {
            return Optional.of(kind + " '" + name + "' contains a backtick, which graph2doc refuses in Cypher names");
        }
        return Optional.empty();
    }

    /** Field names inside a MongoDB document. */
    static Optional<String> fieldProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("document field name is empty");
        }
        String quoted = "document field '" + printable(name) + "'";
        if (name.equals("_id")) {
            return Optional.of(quoted + " is reserved: MongoDB keeps the document id there");
        }
        if (name.startsWith("$")) {
            return Optional.of(quoted + " starts with '$', which MongoDB reserves for operators");
        }
        if (name.contains(".")) {
            return Optional.of(quoted + " contains '.', which MongoDB reads as a path into sub-documents");
        }
        if (name.indexOf('\0') >= 0) {
            return Optional.of(quoted + " contains a NUL character");
        }
        if (name.startsWith(RESERVED_FIELD_PREFIX)) {
            return Optional.of(quoted + " starts with '" + RESERVED_FIELD_PREFIX
                    + "', which is reserved for graph2doc's internal fields");
        }
        return Optional.empty();
    }

    /** Collection names, database names and the parts they are made of. */
    static boolean isMongoName(String name) {
        return MONGO_NAME.matcher(name).matches();
    }

    static String printable(String name) {
        return name.replace("\0", "\\0");
    }
}
