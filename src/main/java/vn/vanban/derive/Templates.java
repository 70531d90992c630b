package vn.vanban.derive;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The {name} placeholders of vanban derive's data files. */
final class Templates {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private Templates() {
    }

    /** The template with each {name} replaced; an unknown name is a fault in the shipped data. */
    static String fill(String template, Map<String, String> variables) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = variables.get(m.group(1));
            if (value == null) {
                throw new IllegalStateException("unknown placeholder {" + m.group(1) + "} in: " + template);
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }
}
