package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.docx.BadFiles;

/**
 * check and import read a .docx with the JDK alone: POI and its XML classes (xmlbeans and the
 * schema types, thousands of classes) load only where a file is no .docx and POI tells what it is.
 * import loads no JSON Schema validator either: its YAML is vanban's own (see PlanLoader.loadWritten).
 */
class DocxReaderClassesTest {

    @TempDir
    Path work;

    @Test
    void checkAndImportOfADocxLoadNoPoi() throws IOException {
        Path docx = Files.write(work.resolve("ke-hoach.docx"), Examples.docx(Examples.CAM_NGOC));
        for (List<String> args : List.of(List.of("check", docx.toString()),
                List.of("import", docx.toString(), "-o", work.resolve("ke-hoach.yaml").toString()))) {
            String loaded = classesLoaded(args, ExitCode.OK);
            assertTrue(loaded.contains("vn.vanban.docx.PackageParts "), args + ": the log lists the reader's classes");
            assertFalse(loaded.contains("org.apache.poi."), args + " loads POI");
            assertFalse(loaded.contains("org.apache.xmlbeans."), args + " loads xmlbeans");
            assertFalse(loaded.contains("org.openxmlformats."), args + " loads the OOXML schema types");
        }
    }

    @Test
    void importLoadsNoJsonSchemaValidator() throws IOException {
        Path docx = Files.write(work.resolve("ke-hoach.docx"), Examples.docx(Examples.CAM_NGOC));
        String loaded = classesLoaded(List.of("import", docx.toString(), "-o", work.resolve("ke-hoach.yaml").toString()),
                ExitCode.OK);
        assertTrue(loaded.contains("vn.vanban.yaml.PlanRules "), "the import's YAML is loaded by its rules");
        assertFalse(loaded.contains("com.networknt."), "import loads the JSON Schema validator");
    }

    @Test
    void aLegacyDocIsToldByPoi() throws IOException {
        Path doc = Files.write(work.resolve("ke-hoach.docx"), BadFiles.legacyDoc());
        String loaded = classesLoaded(List.of("check", doc.toString()), ExitCode.BAD_INPUT);
        assertTrue(loaded.contains("org.apache.poi.poifs.filesystem.POIFSFileSystem "), "POI tells a .doc apart");
    }

    private String classesLoaded(List<String> args, int exitCode) throws IOException {
        Path log = work.resolve("classes-" + args.get(0) + ".log");
        CliRun run = CliProcess.run(Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info:file=" + log), args.toArray(String[]::new));
        assertEquals(exitCode, run.exitCode(), run.err());
        return Files.readString(log);
    }
}
