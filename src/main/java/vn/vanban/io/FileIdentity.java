package vn.vanban.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;

/**
 * Whether two paths name one file, however they are spelled: through a symbolic link, with "..",
 * relative or absolute, or in another case on a file system that ignores case (Windows, macOS).
 * Files that exist are compared by what the operating system says they are (their file key);
 * files still to be written, by the real path of the folder they will be written in.
 */
public final class FileIdentity {

    private FileIdentity() {
    }

    /**
     * Whether a and b are one file, or would be once the one still to be written is. A name still
     * to be written counts as an existing file's, or as another name's, when the two differ only
     * in case: on Windows and macOS they would be one file, and a clerk's folder may end up there.
     */
    public static boolean same(Path a, Path b) {
        if (Files.exists(a) && Files.exists(b)) {
            try {
                return Files.isSameFile(a, b);
            } catch (IOException e) {
                // compare the names below
            }
        }
        // One or both still to be written: a folder missing on the way will be created, so
        // "missing/../plan.yaml" lands on plan.yaml.
        return sameName(canonical(a), canonical(b));
    }

    /**
     * The absolute path with every link and ".." that exists on disk resolved the way the
     * operating system resolves it (a/link/.. is the link target's parent, not a), and the names
     * below the deepest existing folder appended as written.
     */
    public static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath();
        Deque<Path> missing = new ArrayDeque<>();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            missing.push(existing.getFileName());
            existing = existing.getParent();
        }
        Path result;
        try {
            result = existing == null ? absolute.getRoot() : existing.toRealPath();
        } catch (IOException e) {
            result = existing;
        }
        while (!missing.isEmpty()) {
            result = result.resolve(missing.pop());
        }
        return result.normalize();
    }

    /** Whether the file is the folder or lies anywhere under it, by the same spelling rules. */
    public static boolean inside(Path file, Path folder) {
        String path = caseFolded(canonical(file).toString());
        String root = caseFolded(canonical(folder).toString());
        String separator = folder.getFileSystem().getSeparator();
        return path.equals(root) || path.startsWith(root.endsWith(separator) ? root : root + separator);
    }

    /** File names compared as Windows compares them: without regard to case. */
    public static String caseFolded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static boolean sameName(Path a, Path b) {
        return caseFolded(a.toString()).equals(caseFolded(b.toString()));
    }
}
