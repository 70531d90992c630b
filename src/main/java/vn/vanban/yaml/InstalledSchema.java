package vn.vanban.yaml;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The schema a written YAML file's modeline names, as a path from where that file lands, so that
 * an editor beside it finds the schema wherever the clerk writes it.
 */
public final class InstalledSchema {

    /** How far above the running code the schema/ folder may be: the jar in target/, classes in target/classes/. */
    private static final int LEVELS = 3;
    private static final String LAUNCHER = "vanban";

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
        return file(BundledSchema.PLAN.fileName()).map(schema -> from(target, schema)).orElse(null);
    }

    /** The schema as a modeline names it from the file written at target: relative, with "/". */
    public static String from(Path target, Path schema) {
        Path folder = target.toAbsolutePath().normalize().getParent();
        return folder.relativize(schema.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
