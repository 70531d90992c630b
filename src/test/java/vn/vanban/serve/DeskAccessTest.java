package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's guard: who may reach it, from where, with what, and which files a request can touch. */
class DeskAccessTest {

    @TempDir
    static Path work;

    private static TestDesk desk;

    @BeforeAll
    static void start() {
        desk = TestDesk.start(work);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static String lint(String extraHeaders) {
        return "POST /api/lint HTTP/1.1\r\n" + desk.own() + extraHeaders + "\r\nContent-Length: 8";
    }

    @Test
    void theAddressPrintedCarriesTheTokenIntoAStrictCookieAndOutOfTheAddressBar() throws IOException {
        RawHttp.Reply landing = RawHttp.send(desk.port(), "GET /?ma=" + desk.token + " HTTP/1.1\r\nHost: 127.0.0.1:"
                + desk.port(), null);
        assertEquals(302, landing.status());
        assertEquals("/", landing.headers().get("location"));
        String cookie = landing.headers().get("set-cookie");
        assertTrue(cookie.startsWith("vanban-" + desk.port() + "=" + desk.token + ";"), cookie);
        assertTrue(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"), cookie);

        RawHttp.Reply page = desk.get("/");
        assertEquals(200, page.status());
        assertTrue(page.text().contains("<title>vanban"), page.text());
        assertTrue(page.headers().get("content-security-policy").contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.headers().get("x-frame-options"));
    }

    @Test
    void withoutTheTokenNothingIsServedNotEvenThePage() throws IOException {
        for (String path : List.of("/", "/desk.js", "/api/desk")) {
            RawHttp.Reply reply = RawHttp.send(desk.port(), "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + desk.port(), null);
            assertEquals(403, reply.status(), path);
            assertTrue(reply.text().contains("Thiếu mã truy cập"), reply.text());
        }
        RawHttp.Reply guessed = RawHttp.send(desk.port(), "GET /api/desk HTTP/1.1\r\nHost: 127.0.0.1:" + desk.port()
                + "\r\nCookie: vanban-" + desk.port() + "=" + desk.token.substring(1) + "x", null);
        assertEquals(403, guessed.status());
        RawHttp.Reply wrongLanding = RawHttp.send(desk.port(), "GET /?ma=sai HTTP/1.1\r\nHost: 127.0.0.1:" + desk.port(), null);
        assertEquals(403, wrongLanding.status());
        assertEquals(null, wrongLanding.headers().get("set-cookie"));
    }

    @Test
    void aForeignHostIsRefusedEvenWithTheToken() throws IOException {
        // DNS rebinding: a page of evil.example whose name now points at 127.0.0.1 sends its own name as Host.
        for (String host : List.of("evil.example:" + desk.port(), "127.0.0.1:" + (desk.port() + 1), "evil.example",
                "127.0.0.1.evil.example:" + desk.port())) {
            RawHttp.Reply reply = RawHttp.send(desk.port(), "GET /api/desk HTTP/1.1\r\nHost: " + host
                    + "\r\nCookie: vanban-" + desk.port() + "=" + desk.token, null);
            assertEquals(403, reply.status(), host);
            assertTrue(reply.text().contains("tên máy \"" + host + "\""), reply.text());
        }
        RawHttp.Reply landing = RawHttp.send(desk.port(), "GET /?ma=" + desk.token + " HTTP/1.1\r\nHost: evil.example:"
                + desk.port(), null);
        assertEquals(403, landing.status());
        assertEquals(null, landing.headers().get("set-cookie"));
        assertEquals(200, RawHttp.send(desk.port(), "GET /api/desk HTTP/1.1\r\nHost: localhost:" + desk.port()
                + "\r\nCookie: vanban-" + desk.port() + "=" + desk.token, null).status());
    }

    @Test
    void aRequestFromAnotherPageIsRefused() throws IOException {
        byte[] plan = "nam: 1\n\n".getBytes(StandardCharsets.UTF_8);
        for (String origin : List.of("http://evil.example", "null", "http://127.0.0.1:" + (desk.port() + 1),
                "https://127.0.0.1:" + desk.port())) {
            RawHttp.Reply reply = RawHttp.send(desk.port(), lint("\r\nOrigin: " + origin), plan);
            assertEquals(403, reply.status(), origin);
            assertTrue(reply.text().contains("không phải trang của vanban"), reply.text());
        }
        RawHttp.Reply crossSite = RawHttp.send(desk.port(), lint("\r\nSec-Fetch-Site: cross-site"), plan);
        assertEquals(403, crossSite.status());
        RawHttp.Reply own = RawHttp.send(desk.port(), lint("\r\nOrigin: http://127.0.0.1:" + desk.port()
                + "\r\nSec-Fetch-Site: same-origin"), plan);
        assertEquals(200, own.status(), own.text());
        assertTrue(own.text().startsWith("{\"problems\":["), own.text());
    }

    @Test
    void noPathOfARequestReachesOutsideTheFolder() throws IOException {
        // Not digits: the temporary folder's name, which the message shows, is digits and once held 1234.
        Path secret = Files.writeString(work.resolve("bi-mat.yaml"), "mat_khau: ngựa-vằn\n");
        Path link = desk.folder.resolve("loi-tat.yaml");
        Files.createSymbolicLink(link, secret);
        Path linkedFolder = desk.folder.resolve("thu-muc-khac");
        Files.createSymbolicLink(linkedFolder, work);
        for (String path : List.of("../bi-mat.yaml", "..%2Fbi-mat.yaml", "co-quan/../../bi-mat.yaml",
                secret.toString().replace("\\", "/"), "loi-tat.yaml", "thu-muc-khac/bi-mat.yaml", ".%2E/bi-mat.yaml",
                "C:bi-mat.yaml", "..\\bi-mat.yaml", ".an.yaml")) {
            RawHttp.Reply read = desk.get("/api/file?tep=" + path);
            assertEquals(403, read.status(), path + ": " + read.text());
            assertFalse(read.text().contains("ngựa-vằn"), read.text());
            assertTrue(read.text().contains("nằm ngoài thư mục làm việc"), read.text());
        }
        RawHttp.Reply write = desk.post("/api/file?tep=../moi.yaml&ghi_de=1", "nam: 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, write.status(), write.text());
        assertFalse(Files.exists(work.resolve("moi.yaml")));
        RawHttp.Reply overLink = desk.post("/api/file?tep=loi-tat.yaml&ghi_de=1", "nam: 1\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(403, overLink.status(), overLink.text());
        assertEquals("mat_khau: ngựa-vằn\n", Files.readString(secret));

        RawHttp.Reply inside = desk.get("/api/file?tep=co-quan/cam-ngoc.yaml");
        assertEquals(200, inside.status(), inside.text());
        assertTrue(inside.text().contains("XÃ CẨM NGỌC"), inside.text());
    }

    @Test
    void savingNeverReplacesAFileUnlessAsked() throws IOException {
        Path plan = desk.folder.resolve("cam-ngoc-2023-phong-chong-mai-dam.yaml");
        String before = Files.readString(plan);
        byte[] text = "nam: 2024\n".getBytes(StandardCharsets.UTF_8);
        RawHttp.Reply refused = desk.post("/api/file?tep=cam-ngoc-2023-phong-chong-mai-dam.yaml", text);
        assertEquals(409, refused.status());
        assertTrue(refused.text().contains("đã có tệp"), refused.text());
        assertEquals(before, Files.readString(plan));
        RawHttp.Reply notYaml = desk.post("/api/file?tep=ghi-chu.txt", text);
        assertEquals(400, notYaml.status());
        assertFalse(Files.exists(desk.folder.resolve("ghi-chu.txt")));
        assertEquals(200, desk.post("/api/file?tep=co-quan/moi.yaml", text).status());
        assertEquals("nam: 2024\n", Files.readString(desk.folder.resolve("co-quan/moi.yaml")));
    }

    @Test
    void anOversizedUploadIsRefusedWithAClearMessage() throws IOException {
        // Declared too large: refused before a byte of the body is read.
        RawHttp.Reply declared = RawHttp.send(desk.port(), "POST /api/check?ten=lon.docx HTTP/1.1\r\n" + desk.own()
                + "\r\nContent-Length: " + (DeskConfig.UPLOAD_LIMIT + 1), new byte[1024]);
        assertEquals(413, declared.status(), declared.text());
        assertTrue(declared.text().contains("tệp gửi lên quá lớn; trang chỉ nhận tệp đến 20 MB"), declared.text());
        RawHttp.Reply larger = RawHttp.send(desk.port(), "POST /api/import?ten=lon.docx HTTP/1.1\r\n" + desk.own()
                + "\r\nContent-Length: " + 30 * 1024 * 1024, new byte[1024]);
        assertEquals(413, larger.status(), larger.text());
        assertTrue(larger.text().contains("tệp gửi lên quá lớn (30 MB); trang chỉ nhận tệp đến 20 MB"), larger.text());

        // Sent without a length: cut off at the limit.
        try (TestDesk small = TestDesk.start(work.resolve("nho"), 64 * 1024, vn.vanban.pdf.OfficeLocator.forThisMachine())) {
            StringBuilder chunks = new StringBuilder();
            String kilobyte = "x".repeat(1024);
            for (int i = 0; i < 80; i++) {
                chunks.append("400\r\n").append(kilobyte).append("\r\n");
            }
            chunks.append("0\r\n\r\n");
            RawHttp.Reply chunked = RawHttp.send(small.port(), "POST /api/import?ten=lon.txt HTTP/1.1\r\n" + small.own()
                    + "\r\nTransfer-Encoding: chunked", chunks.toString().getBytes(StandardCharsets.US_ASCII));
            assertEquals(413, chunked.status(), chunked.text());
            assertTrue(chunked.text().contains("tệp gửi lên quá lớn; trang chỉ nhận tệp đến 64 KB"), chunked.text());
        }
    }

    @Test
    void theDeskIsReachableOnlyOn127001() throws IOException {
        try (Socket own = new Socket()) {
            own.connect(new InetSocketAddress("127.0.0.1", desk.port()), 5000);
        }
        List<InetAddress> others = new ArrayList<>(List.of(InetAddress.getByName("127.0.0.2"), InetAddress.getByName("::1")));
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (!address.getHostAddress().equals("127.0.0.1") && !(address instanceof Inet6Address && address.isLinkLocalAddress())) {
                    others.add(address);
                }
            }
        }
        for (InetAddress address : others) {
            try (Socket socket = new Socket()) {
                assertThrows(ConnectException.class, () -> socket.connect(new InetSocketAddress(address, desk.port()), 5000),
                        () -> "the desk answered on " + address);
            }
        }
    }
}
