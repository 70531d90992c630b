package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;

/** The launchers' training run: every example through render, check and import, and nothing left behind. */
class StartupTrainingTest {

    @Test
    void everyExampleRendersChecksAndImportsAndTheFolderIsLeftAsItWas(@TempDir Path examples) throws IOException {
        for (String name : Examples.documents()) {
            Files.copy(Examples.yaml(name), examples.resolve(name + ".yaml"));
        }
        List<Path> before = listing(examples);
        assertTrue(StartupTraining.train(examples));
        assertEquals(before, listing(examples));
    }

    @Test
    void aFolderWithoutExamplesIsAFailedTraining(@TempDir Path empty) throws IOException {
        assertFalse(StartupTraining.train(empty));
    }

    private static List<Path> listing(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }
}
