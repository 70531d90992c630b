package vn.vanban.yaml;

import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The types of plain scalars by YAML 1.2's core schema, not SnakeYAML's YAML 1.1 default. Under
 * YAML 1.1 "08" is text (not an octal number), "010" is octal and "2023-02-17" a timestamp; a
 * clerk types the number as the decree prints it ("Số: 08/KH-UBND") and means eight. So a run of
 * digits is a decimal number whatever zeros lead it, and only null, true, false, numbers and text
 * are told apart. Hexadecimal, octal (0o), .inf and .nan, which no plan has a use for, stay text.
 */
final class CoreSchemaResolver extends Resolver {

    static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
    static final Pattern BOOL_TRUE = Pattern.compile("true|True|TRUE");
    static final Pattern BOOL_FALSE = Pattern.compile("false|False|FALSE");
    static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
    static final Pattern FLOAT = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    private static final Pattern BOOL = Pattern.compile(BOOL_TRUE.pattern() + "|" + BOOL_FALSE.pattern());

    @Override
    protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, "tTfF");
        // An integer is tried before a float: "08" is the integer 8, "0.8" a float.
        addImplicitResolver(Tag.INT, INTEGER, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+.0123456789");
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
    }

    private static final CoreSchemaResolver INSTANCE = new CoreSchemaResolver();

    /** Whether a plain (unquoted) scalar written as this text is read as text, not as null, a boolean or a number. */
    static boolean readsAsText(String plain) {
        return Tag.STR.equals(INSTANCE.resolve(NodeId.scalar, plain, true));
    }

    /** Whether a plain scalar written as this text is read as a number. */
    static boolean readsAsNumber(String plain) {
        Tag tag = INSTANCE.resolve(NodeId.scalar, plain, true);
        return Tag.INT.equals(tag) || Tag.FLOAT.equals(tag);
    }
}
