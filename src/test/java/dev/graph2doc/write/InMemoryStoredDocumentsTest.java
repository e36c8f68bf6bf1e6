package dev.graph2doc.write;

import java.util.Map;

class InMemoryStoredDocumentsTest extends StoredDocumentLookupContract {

    private final InMemoryStoredDocuments documents = new InMemoryStoredDocuments(FLEET);

    @Override
    protected StoredDocumentLookup lookup() {
        return documents;
    }

    @Override
    protected void put(String collection, Object key, long version, Map<String, Object> body) {
        documents.put(collection, key, version, body);
    }
}
