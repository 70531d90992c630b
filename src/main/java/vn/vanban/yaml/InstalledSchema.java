package vn.vanban.yaml;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The schema a written YAML file's modeline names, as a path from where that file lands, so that
 * an editor beside it finds the schema wherever the clerk writes it.
 */
public final class InstalledSchema {

    /** How far above the running code the schema/ folder may be: the jar in target/, classes in target/classes/. */
    private static final int LEVELS = 3;
    private static final String LAUNCHER = "vanban";
    private static final Pattern MODELINE = Pattern.compile("(?m)^#\\s*yaml-language-server:\\s*\\$schema=(\\S+)");

    private InstalledSchema() {
    }

    /**
     * The schema file of this vanban installation: schema/ in the folder that holds the launcher
     * (the checkout, whose jar is in target/, or the unpacked distribution, whose jar is beside it)
     * rather than a build's copy. Empty when vanban runs from somewhere that has no such folder.
     */
    public static Optional<Path> file(String fileName) {
        try {
            Path code = Path.of(InstalledSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path dir = Files.isDirectory(code) ? code : code.getParent();
            for (int level = 0; level <= LEVELS && dir != null; level++, dir = dir.getParent()) {
                Path schema = dir.resolve("schema").resolve(fileName);
                if (Files.isRegularFile(schema) && Files.isRegularFile(dir.resolve(LAUNCHER))) {
                    return Optional.of(schema.toAbsolutePath().normalize());
                }
            }
        } catch (URISyntaxException | SecurityException | IllegalArgumentException | NullPointerException e) {
            // No code location to start from (an unusual class loader): no modeline then.
        }
        return Optional.empty();
    }

    /** The plan schema as the modeline of a YAML written at target names it, or null when there is none. */
    public static String planSchemaFrom(Path target) {
        return file(BundledSchema.PLAN_FILE_NAME).map(schema -> from(target, schema)).orElse(null);
    }

    /** The schema a YAML text's modeline names ("../schema/ke-hoach.schema.json"), or null when it has none. */
    public static String modeline(String text) {
        Matcher m = MODELINE.matcher(text);
        return m.find() ? m.group(1) : null;
    }

    /**
     * Another schema file of the folder a modeline's reference names: "../schema/ke-hoach.schema.json"
     * and "cong-van.schema.json" give "../schema/cong-van.schema.json".
     */
    private static String sibling(String reference, String fileName) {
        return reference.substring(0, reference.lastIndexOf('/') + 1) + fileName;
    }

    /**
     * The schema {@code fileName}, as the modeline of a file written at target names it, for a file
     * made from {@code input}: beside the schema the input's modeline names (a URL stays a URL), or
     * else this installation's schema; null when there is neither.
     */
    public static String besideInput(String inputText, Path input, Path target, String fileName) {
        String reference = modeline(inputText);
        if (reference == null) {
            return file(fileName).map(schema -> from(target, schema)).orElse(null);
        }
        String sibling = sibling(reference, fileName);
        if (sibling.contains("://")) {
            return sibling;
        }
        return from(target, input.toAbsolutePath().getParent().resolve(sibling));
    }

    /** The schema as a modeline names it from the file written at target: relative, with "/". */
    public static String from(Path target, Path schema) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        return folder.relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
