package vn.vanban.nd30;

import java.util.Locale;

/** A closed interval the decree allows, e.g. 13–14 pt; a single value when min equals max. */
public record Range(double min, double max) {

    public Range {
        if (min > max) {
            throw new IllegalArgumentException(min + " > " + max);
        }
    }

    public static Range of(double min, double max) {
        return new Range(min, max);
    }

    public static Range exactly(double value) {
        return new Range(value, value);
    }

    public boolean contains(double value) {
        return value >= min && value <= max;
    }

    public boolean single() {
        return min == max;
    }

    /** "13–14", "12" or "1–1,5": as the decree and the messages write it. */
    public String text() {
        return single() ? number(min) : number(min) + "–" + number(max);
    }

    /** A number as Vietnamese writes it: no ".0", a decimal comma. */
    public static String number(double value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%s", value).replace('.', ',');
    }
}
