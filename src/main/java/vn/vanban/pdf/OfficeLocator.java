package vn.vanban.pdf;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds LibreOffice's soffice program: the one VANBAN_SOFFICE names, else the first on PATH, else
 * the places the installers put it. LibreOffice is optional, so not finding it is an answer that
 * says where vanban looked, not a fault.
 */
public final class OfficeLocator {

    /** The environment variable that names soffice when it is installed somewhere unusual. */
    public static final String ENVIRONMENT_VARIABLE = "VANBAN_SOFFICE";

    private final Map<String, String> environment;
    private final boolean windows;
    private final List<Path> usualPlaces;

    OfficeLocator(Map<String, String> environment, boolean windows, List<Path> usualPlaces) {
        this.environment = Map.copyOf(environment);
        this.windows = windows;
        this.usualPlaces = List.copyOf(usualPlaces);
    }

    /** The locator for this machine: its environment, its operating system, its usual places. */
    public static OfficeLocator forThisMachine() {
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        Map<String, String> environment = System.getenv();
        return new OfficeLocator(environment, windows, usualPlaces(environment, windows));
    }

    /** The soffice program to run. */
    public Path locate() throws OfficeMissingException {
        String named = environment.get(ENVIRONMENT_VARIABLE);
        if (named != null && !named.isBlank()) {
            // A named program is what the clerk asked for: falling back to another one would hide the typo.
            Path program = Path.of(named.strip());
            if (runnable(program)) {
                return program;
            }
            throw new OfficeMissingException(named.strip(), places());
        }
        for (Path directory : pathDirectories()) {
            for (String name : programNames()) {
                Path program = directory.resolve(name);
                if (runnable(program)) {
                    return program;
                }
            }
        }
        for (Path program : usualPlaces) {
            if (runnable(program)) {
                return program;
            }
        }
        throw new OfficeMissingException(null, places());
    }

    /** Where {@link #locate()} looks, in order, as a clerk reads it. */
    List<String> places() {
        List<String> places = new ArrayList<>();
        places.add("biến môi trường " + ENVIRONMENT_VARIABLE);
        places.add("các thư mục trong PATH (" + String.join(", ", programNames()) + ")");
        for (Path program : usualPlaces) {
            places.add(program.toString());
        }
        return places;
    }

    private List<String> programNames() {
        // On Windows soffice.com is the console form that waits for the conversion; soffice.exe may not.
        return windows ? List.of("soffice.com", "soffice.exe") : List.of("soffice", "libreoffice");
    }

    private List<Path> pathDirectories() {
        String path = environment.getOrDefault("PATH", environment.getOrDefault("Path", ""));
        List<Path> directories = new ArrayList<>();
        for (String entry : path.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                try {
                    directories.add(Path.of(entry.strip()));
                } catch (java.nio.file.InvalidPathException e) {
                    // A malformed PATH entry names no program; the others still count.
                }
            }
        }
        return directories;
    }

    private boolean runnable(Path program) {
        return Files.isRegularFile(program) && (windows || Files.isExecutable(program));
    }

    /** Where the LibreOffice installers and distributions put soffice. */
    static List<Path> usualPlaces(Map<String, String> environment, boolean windows) {
        List<Path> places = new ArrayList<>();
        if (windows) {
            for (String variable : List.of("ProgramFiles", "ProgramFiles(x86)", "ProgramW6432")) {
                String root = environment.get(variable);
                if (root != null && !root.isBlank()) {
                    Path program = Path.of(root, "LibreOffice", "program");
                    places.add(program.resolve("soffice.com"));
                    places.add(program.resolve("soffice.exe"));
                }
            }
            places.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.com"));
            places.add(Path.of("C:\\Program Files\\LibreOffice\\program\\soffice.exe"));
            return places.stream().distinct().toList();
        }
        places.add(Path.of("/usr/bin/soffice"));
        places.add(Path.of("/usr/local/bin/soffice"));
        places.add(Path.of("/usr/lib/libreoffice/program/soffice"));
        places.add(Path.of("/usr/lib64/libreoffice/program/soffice"));
        places.addAll(optInstallations());
        places.add(Path.of("/Applications/LibreOffice.app/Contents/MacOS/soffice"));
        return places;
    }

    /** The LibreOffice project's own packages install to /opt/libreofficeX.Y; the newest first. */
    private static List<Path> optInstallations() {
        Path opt = Path.of("/opt");
        if (!Files.isDirectory(opt)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(opt)) {
            return entries.filter(p -> p.getFileName().toString().startsWith("libreoffice"))
                    .sorted(Comparator.comparing((Path p) -> versionOf(p.getFileName().toString()), OfficeLocator::compareVersions)
                            .reversed())
                    .map(p -> p.resolve("program").resolve("soffice"))
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** "libreoffice24.8" → [24, 8]: 24.8 is newer than 7.6, which a comparison of names gets wrong. */
    static List<Integer> versionOf(String name) {
        List<Integer> version = new ArrayList<>();
        java.util.regex.Matcher digits = java.util.regex.Pattern.compile("\\d{1,9}").matcher(name);
        while (digits.find()) {
            version.add(Integer.parseInt(digits.group()));
        }
        return version;
    }

    static int compareVersions(List<Integer> a, List<Integer> b) {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int order = Integer.compare(a.get(i), b.get(i));
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
