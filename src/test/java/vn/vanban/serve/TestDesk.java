package vn.vanban.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import vn.vanban.pdf.OfficeLocator;
import vn.vanban.problem.InvalidInputException;

/** A desk on port 0 over a copy of examples/ in a folder of the test's own, with the token at hand. */
final class TestDesk implements AutoCloseable {

    final Desk desk;
    final Path folder;
    final String token;

    private TestDesk(Desk desk, Path folder) {
        this.desk = desk;
        this.folder = folder;
        this.token = desk.address().getQuery().substring((AccessToken.PARAMETER + "=").length());
    }

    static TestDesk start(Path workFolder, long uploadLimit, OfficeLocator office) {
        try {
            Path folder = Files.createDirectories(workFolder.resolve("ke-hoach"));
            copyTree(Path.of("examples"), folder);
            return new TestDesk(Desk.start(new DeskConfig(folder, 0, uploadLimit, office)), folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new AssertionError(e);
        }
    }

    static TestDesk start(Path workFolder) {
        return start(workFolder, DeskConfig.UPLOAD_LIMIT, OfficeLocator.forThisMachine());
    }

    int port() {
        return desk.port();
    }

    URI address() {
        return desk.address();
    }

    /** The headers every request of the page itself carries: its own host, its cookie. */
    String own() {
        return "Host: 127.0.0.1:" + port() + "\r\nCookie: vanban-" + port() + "=" + token;
    }

    RawHttp.Reply get(String path) throws IOException {
        return RawHttp.send(port(), "GET " + path + " HTTP/1.1\r\n" + own(), null);
    }

    RawHttp.Reply post(String path, byte[] body) throws IOException {
        return RawHttp.send(port(), "POST " + path + " HTTP/1.1\r\n" + own() + "\r\nOrigin: http://127.0.0.1:" + port()
                + "\r\nContent-Length: " + body.length, body);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path source : paths.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(source, target);
                }
            }
        }
    }

    @Override
    public void close() {
        desk.close();
    }
}
