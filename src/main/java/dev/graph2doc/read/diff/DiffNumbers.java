package dev.graph2doc.read.diff;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Numeric equality across Number types, exact: 42 (Integer), 42L and 42.0 are equal, 2^53 + 1 and 2^53 as a
 * double are not. Documents edited directly in MongoDB come back with Int32 or Decimal128 where the render has
 * Long or Double, and those must not count as differences.
 */
final class DiffNumbers {

    private DiffNumbers() {
    }

    static boolean same(Number a, Number b) {
        boolean integralA = integral(a);
        boolean integralB = integral(b);
        if (integralA && integralB) {
            return a.longValue() == b.longValue();
        }
        boolean floatingA = floating(a);
        boolean floatingB = floating(b);
        if (floatingA && floatingB) {
            return sameDouble(a.doubleValue(), b.doubleValue());
        }
        if (integralA && floatingB) {
            return sameLongDouble(a.longValue(), b.doubleValue());
        }
        if (floatingA && integralB) {
            return sameLongDouble(b.longValue(), a.doubleValue());
        }
        BigDecimal x = exact(a);
        BigDecimal y = exact(b);
        return x == null || y == null ? sameDouble(a.doubleValue(), b.doubleValue()) : x.compareTo(y) == 0;
    }

    /**
     * Whether {@code text} is a decimal literal of {@code number}'s value: "42", "42.0" and "4.2e1" for 42; for
     * a double, whatever {@link Double#parseDouble} reads as that double (so "0.1" for 0.1); "NaN" and
     * "Infinity" for those doubles. No whitespace, no hexadecimal.
     */
    static boolean sameText(String text, Number number) {
        if (floating(number) && !Double.isFinite(number.doubleValue())) {
            return text.equals(Double.toString(number.doubleValue()));
        }
        if (!decimalLiteral(text)) {
            return false;
        }
        try {
            if (floating(number)) {
                return Double.parseDouble(text) == number.doubleValue();
            }
            BigDecimal value = exact(number);
            return value != null && new BigDecimal(text).compareTo(value) == 0;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    private static boolean integral(Number n) {
        return n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte
                || n instanceof AtomicLong || n instanceof AtomicInteger
                || n instanceof BigInteger big && big.bitLength() < 64;
    }

    private static boolean floating(Number n) {
        return n instanceof Double || n instanceof Float;
    }

    /** Exact when the long converts to exactly this double and back (no rounding on either side). */
    private static boolean sameLongDouble(long l, double d) {
        if (d != Math.rint(d) || d < -0x1p63 || d >= 0x1p63) {
            return false;
        }
        return (long) d == l;
    }

    private static boolean sameDouble(double x, double y) {
        return x == y || Double.isNaN(x) && Double.isNaN(y);
    }

    /** The exact value, or null for NaN/infinity or a Number type whose text is not a decimal (then: doubles). */
    private static BigDecimal exact(Number n) {
        if (n instanceof BigDecimal decimal) {
            return decimal;
        }
        if (n instanceof BigInteger big) {
            return new BigDecimal(big);
        }
        if (integral(n)) {
            return BigDecimal.valueOf(n.longValue());
        }
        if (floating(n)) {
            return Double.isFinite(n.doubleValue()) ? new BigDecimal(n.doubleValue()) : null;
        }
        try {
            return new BigDecimal(n.toString());
        } catch (NumberFormatException notDecimal) {
            return null;
        }
    }

    /** Cheap pre-check so that ordinary words never reach a throwing parser. */
    private static boolean decimalLiteral(String text) {
        boolean digit = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c != '.' && c != '-' && c != '+' && c != 'e' && c != 'E') {
                return false;
            }
        }
        return digit;
    }
}
