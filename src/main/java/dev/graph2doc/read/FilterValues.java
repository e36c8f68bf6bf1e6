package dev.graph2doc.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A query string carries text only, so {@code where.capacityLitres=240} accepts every value that prints as
 * "240": the string, the integer and the float. Booleans likewise. Both stores then match the same documents.
 */
final class FilterValues {

    private static final Pattern INTEGER = Pattern.compile("-?\\d{1,18}");
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,18}(\\.\\d{1,18})?([eE][-+]?\\d{1,3})?");

    private FilterValues() {
    }

    static List<Object> candidates(String value) {
        if (value.length() > ReadRequests.MAX_KEY) {
            throw new IllegalArgumentException("filter value '" + ReadRequests.printable(value) + "' is longer than "
                    + ReadRequests.MAX_KEY + " characters");
        }
        List<Object> out = new ArrayList<>(List.of(value));
        if (INTEGER.matcher(value).matches()) {
            out.add(Long.parseLong(value));
        }
        if (DECIMAL.matcher(value).matches()) {
            out.add(Double.parseDouble(value));
        }
        if (value.equals("true") || value.equals("false")) {
            out.add(Boolean.parseBoolean(value));
        }
        return out;
    }
}
