package dev.graph2doc.store.mongo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.bson.types.Binary;

/** Document values to BSON and back, per the table in {@code DocumentValues}. */
final class BsonValues {

    private BsonValues() {
    }

    static Object toBson(Object value) {
        if (value instanceof Instant instant) {
            return Date.from(instant);
        }
        if (value instanceof byte[] bytes) {
            return new Binary(bytes);
        }
        if (value instanceof Map<?, ?> map) {
            Document out = new Document();
            map.forEach((k, v) -> out.put(k.toString(), toBson(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(toBson(item)));
            return out;
        }
        return value;
    }

    /** Int32 widens to Long so that a document read back compares equal to the one rendered. */
    static Object fromBson(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        if (value instanceof Binary binary) {
            return binary.getData();
        }
        if (value instanceof Integer i) {
            return i.longValue();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(k.toString(), fromBson(v)));
            return out;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(fromBson(item)));
            return out;
        }
        return value;
    }
}
