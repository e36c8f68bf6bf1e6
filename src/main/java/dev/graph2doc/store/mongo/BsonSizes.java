package dev.graph2doc.store.mongo;

import dev.graph2doc.mapping.DocumentView;
import dev.graph2doc.store.DocumentSizes;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/** Sizes measured by encoding to BSON, the form MongoDB's 16 MiB document limit applies to. */
public final class BsonSizes implements DocumentSizes {

    /** An empty document: 4 length bytes and the terminating NUL. */
    private static final int EMPTY_DOCUMENT = 5;
    /** An element named "v": its type byte, 'v' and the name's NUL. */
    private static final int ELEMENT_HEADER = 3;
    private static final DocumentCodec CODEC = new DocumentCodec();

    @Override
    public long documentBytes(DocumentView document) {
        Document stored = new Document("_id", BsonValues.toBson(document.key()));
        document.body().forEach((field, value) -> stored.append(field, BsonValues.toBson(value)));
        stored.append(StoredDocuments.VERSION, document.version());
        return encodedBytes(stored);
    }

    @Override
    public long valueBytes(Object value) {
        return encodedBytes(new Document("v", BsonValues.toBson(value))) - EMPTY_DOCUMENT - ELEMENT_HEADER;
    }

    private static long encodedBytes(Document document) {
        return new RawBsonDocument(document, CODEC).getByteBuffer().remaining();
    }
}
