package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import vn.vanban.Examples;

/** An example plan copied into a test's folder, and the check that a command left the copy as it was. */
record CopiedExample(Path path, byte[] original) {

    static CopiedExample of(String example, Path dir) throws IOException {
        byte[] original = Files.readAllBytes(Examples.yaml(example));
        Path path = dir.resolve(example + ".yaml");
        Files.write(path, original);
        return new CopiedExample(path, original);
    }

    void assertUntouched() throws IOException {
        assertArrayEquals(original, Files.readAllBytes(path), "the input is never changed");
    }
}
