package vn.vanban.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.LetterCase;
import vn.vanban.nd30.Range;

/**
 * The rules a component's format makes, read from the rule book: each property the decree sets
 * becomes one rule, ND30-&lt;ID&gt;-SIZE, -CASE, -BOLD, -ITALIC or -ALIGN.
 */
final class ComponentRules {

    /** The components checked one by one; the page number's format is one rule, {@link Rules#PAGE_NUMBER_FORMAT}. */
    static final List<Component> CHECKED = Arrays.stream(Component.values())
            .filter(c -> c != Component.PAGE_NUMBER).toList();

    private ComponentRules() {
    }

    static Rule size(Component c) {
        if (c.size == null) {
            return null;
        }
        Range allowed = c.size.allowed();
        return rule(c, "SIZE", "cỡ chữ của " + lower(c.displayName),
                allowed.single() ? "phải cỡ chữ " + pt(allowed.min())
                        : "phải cỡ chữ từ " + pt(allowed.min()) + " đến " + pt(allowed.max()));
    }

    static Rule letterCase(Component c) {
        return c.letterCase == null ? null : rule(c, "CASE", "chữ in hoa hay in thường của " + lower(c.displayName),
                c.letterCase == LetterCase.UPPER ? "phải viết chữ in hoa" : "phải viết chữ in thường (không gõ toàn chữ in hoa)");
    }

    static Rule bold(Component c) {
        return c.bold == null ? null : rule(c, "BOLD", "chữ đậm của " + lower(c.displayName),
                c.bold ? "phải in đậm" : "phải chữ thường, không in đậm");
    }

    static Rule italic(Component c) {
        return c.italic == null ? null : rule(c, "ITALIC", "chữ nghiêng của " + lower(c.displayName),
                c.italic ? "phải in nghiêng" : "phải kiểu chữ đứng, không in nghiêng");
    }

    static Rule alignment(Component c) {
        return c.alignment == null ? null
                : rule(c, "ALIGN", "căn lề của " + lower(c.displayName), "phải " + c.alignment.vietnamese());
    }

    /** The rules of one component, in the order above. */
    static List<Rule> of(Component c) {
        List<Rule> rules = new ArrayList<>();
        for (Rule r : new Rule[] {size(c), letterCase(c), bold(c), italic(c), alignment(c)}) {
            if (r != null) {
                rules.add(r);
            }
        }
        return rules;
    }

    private static Rule rule(Component c, String property, String checks, String expected) {
        return new Rule("ND30-" + c.id() + "-" + property, c.source, Severity.ERROR, upperFirst(checks), expected);
    }

    static String pt(double size) {
        return Range.number(size) + " pt";
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String upperFirst(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
