package vn.vanban.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

@DisabledOnOs(value = OS.WINDOWS, disabledReason = "uses POSIX executable bits")
class OfficeLocatorTest {

    @TempDir
    Path dir;

    private Path program(String relative) throws Exception {
        Path program = dir.resolve(relative);
        Files.createDirectories(program.getParent());
        Files.writeString(program, "#!/bin/sh\n");
        Files.setPosixFilePermissions(program, PosixFilePermissions.fromString("rwxr-xr-x"));
        return program;
    }

    private static OfficeLocator locator(Map<String, String> environment, List<Path> usualPlaces) {
        return new OfficeLocator(environment, false, usualPlaces);
    }

    @Test
    void theProgramVanbanSofficeNamesComesFirst() throws Exception {
        Path named = program("rieng/soffice");
        Path onPath = program("bin/soffice");
        OfficeLocator locator = locator(Map.of("VANBAN_SOFFICE", named.toString(), "PATH", onPath.getParent().toString()), List.of());
        assertEquals(named, locator.locate());
    }

    @Test
    void aNamedProgramThatIsNotThereIsMissingEvenWhenAnotherOneIs() throws Exception {
        Path onPath = program("bin/soffice");
        Path typo = dir.resolve("khong-co/soffice");
        OfficeLocator locator = locator(Map.of("VANBAN_SOFFICE", typo.toString(), "PATH", onPath.getParent().toString()),
                List.of(onPath));
        OfficeMissingException missing = assertThrows(OfficeMissingException.class, locator::locate);
        assertEquals(typo.toString(), missing.named());
        String message = String.join("\n", missing.lines());
        assertTrue(message.startsWith("VANBAN_SOFFICE=" + typo + ": không có chương trình LibreOffice nào ở đó"), message);
        assertTrue(message.contains("sudo apt-get install libreoffice-writer-nogui"), message);
        assertTrue(message.contains("https://www.libreoffice.org/download/"), message);
    }

    @Test
    void thenPathInOrderThenTheUsualPlaces() throws Exception {
        Path second = program("b/soffice");
        Path libreoffice = program("a/libreoffice");
        Path usual = program("opt/libreoffice/program/soffice");
        String path = String.join(File.pathSeparator, dir.resolve("nothing").toString(), libreoffice.getParent().toString(),
                second.getParent().toString());
        assertEquals(libreoffice, locator(Map.of("PATH", path), List.of(usual)).locate());
        assertEquals(usual, locator(Map.of("PATH", dir.resolve("nothing").toString()), List.of(dir.resolve("x"), usual)).locate());
    }

    @Test
    void aFileThatCannotBeRunIsNotAProgram() throws Exception {
        Path notExecutable = dir.resolve("bin/soffice");
        Files.createDirectories(notExecutable.getParent());
        Files.writeString(notExecutable, "");
        assertThrows(OfficeMissingException.class, () -> locator(Map.of("PATH", notExecutable.getParent().toString()), List.of()).locate());
    }

    @Test
    void nothingFoundSaysWhereItLookedAndHowToInstall() {
        Path usual = dir.resolve("usr/bin/soffice");
        OfficeMissingException missing = assertThrows(OfficeMissingException.class,
                () -> locator(Map.of("PATH", dir.toString()), List.of(usual)).locate());
        String message = String.join("\n", missing.lines());
        assertTrue(message.startsWith("không tìm thấy LibreOffice"), message);
        for (String expected : List.of("biến môi trường VANBAN_SOFFICE", "PATH (soffice, libreoffice)", usual.toString(),
                "sudo apt-get install libreoffice-writer-nogui", "https://www.libreoffice.org/download/download-libreoffice/",
                "đặt biến môi trường VANBAN_SOFFICE")) {
            assertTrue(message.contains(expected), () -> expected + " in\n" + message);
        }
    }

    @Test
    void onWindowsTheConsoleProgramAndTheProgramFilesFolders() {
        List<Path> places = OfficeLocator.usualPlaces(Map.of("ProgramFiles", "D:\\Apps"), true);
        assertEquals(Path.of("D:\\Apps", "LibreOffice", "program", "soffice.com"), places.get(0));
        OfficeLocator windows = new OfficeLocator(Map.of("PATH", ""), true, places);
        String message = String.join("\n", assertThrows(OfficeMissingException.class, windows::locate).lines());
        assertTrue(message.contains("PATH (soffice.com, soffice.exe)"), message);
    }

    @Test
    void newerInstallationsUnderOptComeFirst() {
        assertTrue(OfficeLocator.compareVersions(OfficeLocator.versionOf("libreoffice24.8"), OfficeLocator.versionOf("libreoffice7.6")) > 0);
        assertTrue(OfficeLocator.compareVersions(OfficeLocator.versionOf("libreoffice7.6"), OfficeLocator.versionOf("libreoffice7.6.4")) < 0);
        assertEquals(0, OfficeLocator.compareVersions(OfficeLocator.versionOf("libreoffice"), List.of()));
    }
}
