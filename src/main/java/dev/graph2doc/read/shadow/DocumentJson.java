package dev.graph2doc.read.shadow;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.graph2doc.mapping.DocumentView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data API's JSON form of a document, the same whichever store served it: the key field first, then the body;
 * instants as ISO-8601 text, bytes as base64. Internal fields never reach here (both stores strip them).
 */
public final class DocumentJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DocumentJson() {
    }

    public static Map<String, Object> of(String keyField, DocumentView doc) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put(keyField, doc.key());
        doc.body().forEach((field, value) -> out.put(field, value(value)));
        return out;
    }

    static String text(DocumentView doc) {
        try {
            return JSON.writeValueAsString(value(doc.body()));
        } catch (JsonProcessingException e) {
            return String.valueOf(doc.body());
        }
    }

    private static Object value(Object value) {
        return switch (value) {
            case Instant i -> i.toString();
            case byte[] b -> Base64.getEncoder().encodeToString(b);
            case Map<?, ?> m -> {
                Map<String, Object> out = new LinkedHashMap<>();
                m.forEach((k, v) -> out.put(String.valueOf(k), value(v)));
                yield out;
            }
            case List<?> l -> {
                List<Object> out = new ArrayList<>(l.size());
                l.forEach(v -> out.add(value(v)));
                yield out;
            }
            case null -> null;
            default -> value;
        };
    }
}
