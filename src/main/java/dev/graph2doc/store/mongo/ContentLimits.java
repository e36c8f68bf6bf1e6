package dev.graph2doc.store.mongo;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import org.bson.BsonMaximumSizeExceededException;
import org.bson.BsonSerializationException;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * What MongoDB refuses in a document whatever the moment: more than 16 MiB of BSON, or nesting deeper than 100
 * levels. Checked before sending, because the driver refuses a whole batch for one oversized document.
 */
final class ContentLimits {

    static final int MAX_BYTES = 16 * 1024 * 1024;
    static final int MAX_DEPTH = 100;
    private static final DocumentCodec CODEC = new DocumentCodec();

    private ContentLimits() {
    }

    /** The document's BSON size, or -1 when it cannot be encoded at all. */
    static long bytes(Document stored) {
        try {
            return new RawBsonDocument(stored, CODEC).getByteBuffer().remaining();
        } catch (BsonSerializationException | IllegalArgumentException e) {
            return -1;
        }
    }

    /** Why MongoDB would refuse this document, if it would. */
    static Optional<String> problem(Document stored, long bytes) {
        if (bytes < 0) {
            return Optional.of("it cannot be encoded as BSON");
        }
        if (bytes > MAX_BYTES) {
            return Optional.of("its BSON is " + bytes + " bytes, over MongoDB's limit of " + MAX_BYTES
                    + " bytes (16 MiB): embed fewer neighbours or fields, or reference them instead");
        }
        int depth = depth(stored);
        if (depth > MAX_DEPTH) {
            return Optional.of("it nests " + depth + " levels deep, over MongoDB's limit of " + MAX_DEPTH);
        }
        return Optional.empty();
    }

    /** True for a failure the driver raises before sending because of one document's content. */
    static boolean isContentFailure(RuntimeException e) {
        return e instanceof BsonMaximumSizeExceededException || e instanceof BsonSerializationException
                || e instanceof IllegalArgumentException;
    }

    private static int depth(Object value) {
        if (value instanceof Map<?, ?> map) {
            int deepest = 0;
            for (Object v : map.values()) {
                deepest = Math.max(deepest, depth(v));
            }
            return 1 + deepest;
        }
        if (value instanceof Collection<?> list) {
            int deepest = 0;
            for (Object v : list) {
                deepest = Math.max(deepest, depth(v));
            }
            return 1 + deepest;
        }
        return 0;
    }
}
