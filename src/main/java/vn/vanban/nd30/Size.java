package vn.vanban.nd30;

import java.util.function.ToDoubleFunction;

/**
 * How large a component's letters are: the decree's range, and where vanban's size comes from —
 * a clerk's {@link Choice} (plus an offset: the motto is one point larger than the Quốc hiệu), or a
 * fixed value where the decree gives one size or vanban chooses one.
 */
public record Size(Range allowed, Choice choice, double offset, double fixedValue) {

    public static Size chosen(Range allowed, Choice choice) {
        return new Size(allowed, choice, 0, Double.NaN);
    }

    public static Size chosen(Range allowed, Choice choice, double offset) {
        return new Size(allowed, choice, offset, Double.NaN);
    }

    public static Size fixed(Range allowed, double value) {
        return new Size(allowed, null, 0, value);
    }

    public static Size exactly(double value) {
        return fixed(Range.exactly(value), value);
    }

    /** The size in points once the plan's choices are known. */
    public double value(ToDoubleFunction<Choice> chosen) {
        return choice == null ? fixedValue : chosen.applyAsDouble(choice) + offset;
    }

    /** The size vanban lays out when the plan chooses nothing. */
    public double defaultValue() {
        return value(c -> c.defaultValue);
    }

    /** True when the component is as large as the body text, whatever the plan chooses. */
    public boolean followsBody() {
        return choice == Choice.BODY_SIZE && offset == 0;
    }
}
