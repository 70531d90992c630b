package vn.vanban.serve;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;

/**
 * Files the clerk drops on the page, each written to a private folder of its own inside the
 * desk's temporary folder under its own name (so messages name it), then read by the same
 * readers as the command line: their guards against zip bombs and XML entities apply unchanged.
 */
final class Uploads {

    private static final int MAX_NAME = 120;

    private final Path work;

    Uploads(Path work) {
        this.work = work;
    }

    /** The upload as a file; {@link #discard} removes it. */
    Path store(String name, byte[] bytes) throws IOException {
        Path folder = Files.createTempDirectory(work, "tai-len-");
        Path file = folder.resolve(safeName(name));
        Files.write(file, bytes);
        return file;
    }

    void discard(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.getParent());
        } catch (IOException e) {
            // The desk's temporary folder is removed when it stops.
        }
    }

    /**
     * The last name of a path as the browser gave it, without anything a file system could read as
     * a folder, a drive or a device: "C:\\Users\\a\\ke-hoach.docx" → "ke-hoach.docx".
     */
    static String safeName(String name) {
        String last = name == null ? "" : name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        String clean = Normalizer.normalize(last, Normalizer.Form.NFC)
                .replaceAll("[\\p{Cntrl}<>:\"|?*]", "_").strip();
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.length() > MAX_NAME) {
            clean = clean.substring(clean.length() - MAX_NAME);
        }
        return clean.isBlank() ? "tep-tai-len" : clean;
    }
}
