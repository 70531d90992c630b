package vn.vanban.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipSinkTest {

    @TempDir
    Path dir;

    @Test
    void theArchiveGetsThePermissionsAnyNewFileGetsNotOwnerOnly() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path ordinary = Files.createFile(dir.resolve("binh-thuong"));
        Path archive = dir.resolve("ra/ke-hoach.zip");
        ZipSink sink = ZipSink.open(archive, false);
        sink.write(new OutputFile("a.docx", new byte[] {1, 2}));
        sink.finish();
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(archive));
    }
}
