package vn.vanban.model;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The values a plan's text can refer to as ${name}: the built-in ones derived from the plan
 * (the year, the issuing body) and the plan's own. Only "${" followed by a variable name and "}"
 * is a reference; anything else, "${" included, is text and stays as typed. "$${" writes "${".
 */
public final class PlanVariables {

    public static final String YEAR = "nam";
    public static final String PREVIOUS_YEAR = "nam_truoc";
    public static final String NEXT_YEAR = "nam_sau";
    public static final String BODY = "co_quan";
    public static final String BODY_ABBREVIATION = "viet_tat";
    public static final String PLACE = "dia_danh";
    public static final String TERRITORY = "dia_ban";

    /** The built-in names, in the order README lists them. */
    public static final Set<String> BUILT_IN =
            Set.of(YEAR, PREVIOUS_YEAR, NEXT_YEAR, BODY, BODY_ABBREVIATION, PLACE, TERRITORY);

    private static final Pattern REFERENCE = Pattern.compile("\\$(\\$?)\\{([a-z][a-z0-9_]*)}");

    private final Map<String, String> values;

    private PlanVariables(Map<String, String> values) {
        this.values = values;
    }

    public static PlanVariables of(Plan plan) {
        Map<String, String> values = new LinkedHashMap<>(plan.variables());
        values.put(YEAR, Integer.toString(plan.year()));
        values.put(PREVIOUS_YEAR, Integer.toString(plan.year() - 1));
        values.put(NEXT_YEAR, Integer.toString(plan.year() + 1));
        values.put(BODY, plan.issuer().fullNameInText());
        values.put(BODY_ABBREVIATION, plan.issuer().abbreviation());
        values.put(PLACE, plan.issuer().placeName());
        values.put(TERRITORY, plan.issuer().territoryInText());
        return new PlanVariables(Map.copyOf(values));
    }

    public Map<String, String> values() {
        return values;
    }

    /** The text with every reference replaced by its value; unknown names stay as typed. */
    public String expand(String text) {
        return expand(text, null);
    }

    /**
     * As {@link #expand(String)}, and each name the text refers to goes into {@code read} with its
     * value (null for a name without one), when {@code read} is not null.
     */
    public String expand(String text, Map<String, String> read) {
        if (text == null || text.indexOf('$') < 0) {
            return text;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            String replacement;
            if (!m.group(1).isEmpty()) {
                replacement = "${" + m.group(2) + "}";
            } else {
                String value = values.get(m.group(2));
                if (read != null) {
                    read.put(m.group(2), value);
                }
                replacement = value == null ? m.group() : value;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The variable names the text refers to (escaped "$${...}" excluded). */
    public static Set<String> references(String text) {
        Set<String> names = new LinkedHashSet<>();
        if (text == null || text.indexOf('$') < 0) {
            return names;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            if (m.group(1).isEmpty()) {
                names.add(m.group(2));
            }
        }
        return names;
    }
}
