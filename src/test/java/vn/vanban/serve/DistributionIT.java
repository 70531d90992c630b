package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;

/**
 * target/vanban-<version>.zip as a clerk gets it: unpacked in a fresh folder, run with Java and
 * nothing else (the launchers find no Maven on PATH), it renders a plan and serves the page.
 */
class DistributionIT {

    @TempDir
    static Path fresh;

    private static Path home;
    /** A PATH with java and the few programs the bash launcher calls, and no Maven. */
    private static Path bin;

    @BeforeAll
    static void unpack() throws IOException {
        Path zip = Path.of(System.getProperty("vanban.distribution", "target/vanban-0.1.0-SNAPSHOT.zip"));
        assertTrue(Files.isRegularFile(zip), zip + " is built by mvn package");
        try (ZipFile archive = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry entry : java.util.Collections.list(archive.getEntries())) {
                Path target = fresh.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(fresh), entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (InputStream in = archive.getInputStream(entry)) {
                    Files.copy(in, target);
                }
                if ((entry.getUnixMode() & 0100) != 0) {
                    Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
                }
            }
        }
        try (var entries = Files.list(fresh)) {
            home = entries.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        assertTrue(home.getFileName().toString().startsWith("vanban-"), home.toString());
        bin = Files.createDirectories(fresh.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("dirname", "bash", "env", "mv")) {
            for (String dir : List.of("/usr/bin", "/bin")) {
                if (Files.isExecutable(Path.of(dir, tool)) && !Files.exists(bin.resolve(tool))) {
                    Files.createSymbolicLink(bin.resolve(tool), Path.of(dir, tool));
                }
            }
        }
    }

    private static ProcessBuilder process(String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("PATH", bin.toString());
        builder.environment().remove("MAVEN_HOME");
        builder.environment().remove("M2_HOME");
        return builder;
    }

    private static String run(int expectedExit, String... command) throws Exception {
        Process process = process(command).start();
        process.getOutputStream().close();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), output);
        assertEquals(expectedExit, process.exitValue(), output);
        return output;
    }

    @Test
    void theZipHoldsTheJarItsLibrariesBothLaunchersTemplatesSchemaAndExamples() throws IOException {
        for (String file : List.of("vanban.jar", "vanban", "vanban.cmd", "README.md", "schema/ke-hoach.schema.json",
                "templates/ke-hoach/document.xml.ftlx", "examples/" + Examples.CAM_NGOC + ".yaml",
                "examples/co-quan/cam-ngoc.yaml", "lib/jetty-server-12.1.14.jar")) {
            assertTrue(Files.isRegularFile(home.resolve(file)), file);
        }
        assertTrue(Files.isExecutable(home.resolve("vanban")), "the Linux launcher keeps its execute bit");
        String cmd = Files.readString(home.resolve("vanban.cmd"), StandardCharsets.US_ASCII);
        assertTrue(cmd.contains("\r\n") && !cmd.replace("\r\n", "").contains("\n"), "vanban.cmd has Windows line ends");
        assertTrue(cmd.contains("-jar \"%JAR%\""), "vanban.cmd runs the jar with java");
        assertFalse(cmd.contains("mvn ") && cmd.contains("call mvn"), "vanban.cmd never runs Maven");
    }

    @Test
    void theJarAndTheLauncherRenderAPlanWithJavaAlone() throws Exception {
        Path byJar = fresh.resolve("bang-java.docx");
        run(0, "java", "-jar", "vanban.jar", "render", "examples/" + Examples.CAM_NGOC + ".yaml", "-o", byJar.toString());
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(byJar));

        Path byLauncher = fresh.resolve("bang-trinh-chay.docx");
        String output = run(0, "bash", "vanban", "render", "examples/" + Examples.HAI_DUONG + ".yaml", "-o", byLauncher.toString());
        assertFalse(output.contains("đang dựng chương trình"), output);
        assertArrayEquals(Examples.docx(Examples.HAI_DUONG), Files.readAllBytes(byLauncher));
        assertFalse(Files.exists(home.resolve("target")), "the launcher built nothing");
    }

    @Test
    void theLauncherRendersTheSameBytesWithItsStartUpArchiveWithoutItAndWithABrokenOne() throws Exception {
        Path archive = home.resolve("vanban.jsa");
        Path out = fresh.resolve("luu-tru.docx");
        String yaml = "examples/" + Examples.CAM_NGOC + ".yaml";
        run(0, "bash", "vanban", "render", yaml, "-o", out.toString(), "-f");
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out));
        assertTrue(Files.isRegularFile(archive), "the first run leaves the archive beside the jar");

        String without = run(0, "env", "VANBAN_CDS=0", "bash", "vanban", "render", yaml, "-o", out.toString(), "-f");
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out));
        assertFalse(without.contains("khởi động nhanh"), without);

        // An archive the JVM cannot use (another Java made it, or it is damaged) is skipped in silence.
        Files.delete(archive);
        Files.write(archive, "không phải tệp lưu trữ CDS".getBytes(StandardCharsets.UTF_8));
        String broken = run(0, "bash", "vanban", "render", yaml, "-o", out.toString(), "-f");
        assertArrayEquals(Examples.docx(Examples.CAM_NGOC), Files.readAllBytes(out));
        assertEquals("Đã ghi " + out, broken.strip(), "nothing but the command's own line");
        Files.delete(archive);
    }

    @Test
    void theLauncherServesThePage() throws Exception {
        Process serve = process("bash", "vanban", "serve", "examples", "--port", "0", "--no-browser").start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            String address = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (address == null && System.nanoTime() < deadline) {
                String line = out.readLine();
                if (line == null) {
                    break;
                }
                lines.add(line);
                if (line.strip().startsWith("http://127.0.0.1:")) {
                    address = line.strip();
                }
            }
            assertTrue(address != null, "no address printed: " + lines);
            HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10)).build();
            HttpResponse<String> page = client.send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<title>vanban — bàn làm việc của văn thư</title>"), page.body());
            URI origin = URI.create(address.substring(0, address.indexOf("/?")));
            HttpResponse<String> desk = client.send(HttpRequest.newBuilder(origin.resolve("/api/desk")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(desk.body().contains("\"path\":\"" + Examples.CAM_NGOC + ".yaml\""), desk.body());
            HttpResponse<byte[]> docx = client.send(HttpRequest.newBuilder(origin.resolve("/api/docx?ten=" + Examples.CAM_NGOC + ".yaml"))
                    .POST(HttpRequest.BodyPublishers.ofFile(home.resolve("examples/" + Examples.CAM_NGOC + ".yaml"))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, docx.statusCode());
            assertArrayEquals(Examples.docx(Examples.CAM_NGOC), docx.body());
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
