package vn.vanban.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Removes the temporary directories of a conversion. */
final class TemporaryFiles {

    private TemporaryFiles() {
    }

    /**
     * Deletes a directory tree as far as it can and says whether it is gone. Best effort on purpose:
     * a file that cannot be removed from the temporary directory must not cost a clerk the PDF.
     */
    static boolean delete(Path root) {
        if (!Files.exists(root)) {
            return true;
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.sorted(Comparator.reverseOrder()).toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return false;
        }
        for (Path path : paths) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException e) {
                // Keep going: the rest of the tree can still go.
            }
        }
        return !Files.exists(root);
    }
}
