package dev.graph2doc.store.neo4j;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Type;
import org.neo4j.driver.types.TypeSystem;
import org.neo4j.driver.types.IsoDuration;
import org.neo4j.driver.types.Point;

/** Driver values to document values, per the table in {@code DocumentValues}. */
final class Neo4jValues {

    private Neo4jValues() {
    }

    private static final TypeSystem TYPES = TypeSystem.getDefault();

    /** @throws IllegalArgumentException with the reason when the value has no faithful document value */
    static Object toDocumentValue(Value value) {
        Type type = value.type();
        if (type.equals(TYPES.NULL())) {
            return null;
        } else if (type.equals(TYPES.INTEGER())) {
            return value.asLong();
        } else if (type.equals(TYPES.FLOAT())) {
            return value.asDouble();
        } else if (type.equals(TYPES.BOOLEAN())) {
            return value.asBoolean();
        } else if (type.equals(TYPES.STRING())) {
            return value.asString();
        } else if (type.equals(TYPES.BYTES())) {
            return value.asByteArray();
        } else if (type.equals(TYPES.LIST())) {
            return list(value);
        } else if (type.equals(TYPES.MAP()) || type.equals(TYPES.NODE()) || type.equals(TYPES.RELATIONSHIP())) {
            return map(value);
        }
        return temporalOrSpatial(value, type);
    }

    private static Object temporalOrSpatial(Value value, Type type) {
        if (type.equals(TYPES.DATE())) {
            return value.asLocalDate().atStartOfDay().toInstant(ZoneOffset.UTC);
        } else if (type.equals(TYPES.LOCAL_DATE_TIME())) {
            return millis(value.asLocalDateTime().toInstant(ZoneOffset.UTC), value);
        } else if (type.equals(TYPES.DATE_TIME())) {
            return zoned(value.asZonedDateTime(), value);
        } else if (type.equals(TYPES.LOCAL_TIME())) {
            return value.asLocalTime().toString();
        } else if (type.equals(TYPES.TIME())) {
            return value.asOffsetTime().toString();
        } else if (type.equals(TYPES.DURATION())) {
            return duration(value.asIsoDuration());
        } else if (type.equals(TYPES.POINT())) {
            return point(value.asPoint());
        }
        throw new IllegalArgumentException("Neo4j type " + type.name() + " has no document form");
    }

    private static List<Object> list(Value value) {
        List<Object> out = new ArrayList<>(value.size());
        for (Value item : value.values()) {
            out.add(toDocumentValue(item));
        }
        return out;
    }

    private static Map<String, Object> map(Value value) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String key : value.keys()) {
            out.put(key, toDocumentValue(value.get(key)));
        }
        return out;
    }

    private static Map<String, Object> zoned(ZonedDateTime time, Value value) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("instant", millis(time.toInstant(), value));
        out.put("zone", time.getZone().getId());
        return out;
    }

    private static Instant millis(Instant instant, Value value) {
        if (instant.getNano() % 1_000_000 != 0) {
            throw new IllegalArgumentException(value + " has a fraction finer than the millisecond a BSON date holds");
        }
        return instant;
    }

    private static Map<String, Object> duration(IsoDuration d) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("months", d.months());
        out.put("days", d.days());
        out.put("seconds", d.seconds());
        out.put("nanos", (long) d.nanoseconds());
        return out;
    }

    private static Map<String, Object> point(Point p) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean geographic = p.srid() == 4326 || p.srid() == 4979;
        boolean threeD = !Double.isNaN(p.z());
        if (geographic) {
            out.put("type", "Point");
            out.put("coordinates", threeD ? List.of(p.x(), p.y(), p.z()) : List.of(p.x(), p.y()));
            return out;
        }
        out.put("srid", (long) p.srid());
        out.put("x", p.x());
        out.put("y", p.y());
        if (threeD) {
            out.put("z", p.z());
        }
        return out;
    }
}
