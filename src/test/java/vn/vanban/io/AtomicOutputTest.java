package vn.vanban.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void writesTheBytesAndLeavesNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a/b/ke-hoach.docx");
        AtomicOutput.write(target, new byte[] {1, 2, 3}, false);
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));
        assertEquals(List.of("ke-hoach.docx"), Files.list(target.getParent()).map(p -> p.getFileName().toString()).toList());
        assertTrue(AtomicOutput.holds(target, new byte[] {1, 2, 3}));
        assertFalse(AtomicOutput.holds(target, new byte[] {1, 2, 4}));
    }

    @Test
    void anExistingFileIsReplacedOnlyWhenAsked() throws Exception {
        Path target = dir.resolve("x.docx");
        Files.write(target, new byte[] {9});
        assertThrows(FileAlreadyExistsException.class, () -> AtomicOutput.write(target, new byte[] {1}, false));
        assertArrayEquals(new byte[] {9}, Files.readAllBytes(target));
        AtomicOutput.write(target, new byte[] {1}, true);
        assertArrayEquals(new byte[] {1}, Files.readAllBytes(target));
        assertEquals(List.of("x.docx"), names());
    }

    @Test
    void theFileGetsThePermissionsAnyNewFileGetsNotOwnerOnly() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("binh-thuong"));
        Path written = dir.resolve("ke-hoach.docx");
        AtomicOutput.write(written, new byte[] {1}, false);
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(written));
    }
}
