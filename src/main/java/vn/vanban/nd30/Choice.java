package vn.vanban.nd30;

import java.util.List;

/**
 * A layout choice the decree leaves open: its range, the value vanban takes when the clerk does
 * not choose, and the key under {@code trinh_bay} where a plan may choose. The plan schema's
 * ranges are written from this table (SchemaRangesTest fails when schema/ke-hoach.schema.json
 * differs from it), the renderer lays out with the chosen value, and the checker accepts the
 * whole range.
 */
public enum Choice {

    BODY_SIZE("co_chu", "Cỡ chữ nội dung", "pt", Range.of(13, 14), 14, 0.5, Source.COMPONENT + "6.e"),
    NATIONAL_TITLE_SIZE("co_chu_quoc_hieu", "Cỡ chữ Quốc hiệu (Tiêu ngữ lớn hơn 1 pt)", "pt", Range.of(12, 13), 13, 0.5, Source.COMPONENT + "1.a"),
    ISSUER_SIZE("co_chu_co_quan", "Cỡ chữ tên cơ quan", "pt", Range.of(12, 13), 13, 0.5, Source.COMPONENT + "2.b"),
    MARGIN_TOP("le.tren", "Lề trên", "mm", Range.of(20, 25), 20, 0, Source.PAGE + "3"),
    MARGIN_BOTTOM("le.duoi", "Lề dưới", "mm", Range.of(20, 25), 20, 0, Source.PAGE + "3"),
    MARGIN_LEFT("le.trai", "Lề trái", "mm", Range.of(30, 35), 30, 0, Source.PAGE + "3"),
    MARGIN_RIGHT("le.phai", "Lề phải", "mm", Range.of(15, 20), 15, 0, Source.PAGE + "3"),
    LINE_SPACING("gian_dong", "Giãn dòng (1 là dòng đơn)", "", Range.of(1, 1.5), 1, 0, Source.COMPONENT + "6.e"),
    /** The decree sets only a minimum; a plan may ask for up to 24 pt, which keeps a typo (60 for 6) out. */
    PARAGRAPH_SPACING("cach_doan", "Khoảng cách giữa các đoạn", "pt", Range.of(6, Double.POSITIVE_INFINITY), List.of(), 6,
            0, 24, Source.COMPONENT + "6.e"),
    /** "lùi vào 1 cm hoặc 1,27 cm": two values, not a range. */
    FIRST_LINE_INDENT("thut_dau_dong", "Thụt đầu dòng", "cm", List.of(1.0, 1.27), 1.27, Source.COMPONENT + "6.e");

    // The rule book's columns, read as Choice.BODY_SIZE.defaultValue: immutable values, so plain fields serve
    // where accessors would only repeat their names.
    /** The YAML key under trinh_bay; a dot separates a nested key ("le.tren"). */
    public final String key;
    /** What is chosen, in Vietnamese. */
    public final String label;
    /** "pt", "mm", "cm", or "" for a number of lines. */
    public final String unit;
    /** The decree's range; unbounded above where the decree sets only a minimum. */
    public final Range allowed;
    /** The only values allowed, where the decree names them; empty where any value in the range is. */
    public final List<Double> onlyValues;
    /** vanban's choice when the plan makes none (DESIGN.md). */
    public final double defaultValue;
    /** The finest step a plan may choose (half points for sizes); 0 for any. */
    public final double step;
    /** The largest value a plan may ask for. */
    public final double inputLimit;
    public final String source;

    Choice(String key, String label, String unit, Range allowed, double defaultValue, double step, String source) {
        this(key, label, unit, allowed, List.of(), defaultValue, step, allowed.max(), source);
    }

    Choice(String key, String label, String unit, List<Double> values, double defaultValue, String source) {
        this(key, label, unit, Range.of(values.get(0), values.get(values.size() - 1)), values, defaultValue, 0,
                values.get(values.size() - 1), source);
    }

    Choice(String key, String label, String unit, Range allowed, List<Double> values, double defaultValue, double step,
            double inputLimit, String source) {
        this.key = key;
        this.label = label;
        this.unit = unit;
        this.allowed = allowed;
        this.onlyValues = List.copyOf(values);
        this.defaultValue = defaultValue;
        this.step = step;
        this.inputLimit = inputLimit;
        this.source = source;
        if (!accepts(defaultValue)) {
            throw new IllegalArgumentException(key + ": default " + defaultValue + " outside " + allowed.text());
        }
    }

    public boolean accepts(double value) {
        return onlyValues.isEmpty() ? allowed.contains(value) : onlyValues.contains(value);
    }

    /** The range as a clerk reads it: "13–14 pt", "tối thiểu 6 pt", "1 cm hoặc 1,27 cm". */
    public String allowedText() {
        String text;
        if (!onlyValues.isEmpty()) {
            String suffix = unit.isEmpty() ? "" : " " + unit;
            return String.join(" hoặc ", onlyValues.stream().map(v -> Range.number(v) + suffix).toList());
        } else if (allowed.max() == Double.POSITIVE_INFINITY) {
            text = "tối thiểu " + Range.number(allowed.min());
        } else {
            text = allowed.text();
        }
        return unit.isEmpty() ? text : text + " " + unit;
    }
}
