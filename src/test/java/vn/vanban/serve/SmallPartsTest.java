package vn.vanban.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The desk's small rules: names of dropped files, sizes in messages, how the browser is opened. */
class SmallPartsTest {

    @Test
    void aDroppedFileKeepsOnlyItsOwnName() {
        assertEquals("ke-hoach.docx", Uploads.safeName("C:\\Users\\van-thu\\Documents\\ke-hoach.docx"));
        assertEquals("ke-hoach.docx", Uploads.safeName("../../ke-hoach.docx"));
        assertEquals("bi-mat", Uploads.safeName("..bi-mat"));
        assertEquals("a_b_c.docx", Uploads.safeName("a:b?c.docx"));
        assertEquals("Kế hoạch.docx", Uploads.safeName("Ke\u0302\u0301 hoa\u0323ch.docx"));
        assertEquals("tep-tai-len", Uploads.safeName("/"));
        assertEquals(120, Uploads.safeName("x".repeat(300) + ".docx").length());
    }

    @Test
    void sizesAreWrittenAsAClerkReadsThem() {
        assertEquals("20 MB", BoundedBody.size(20L * 1024 * 1024));
        assertEquals("1,5 MB", BoundedBody.size(3L * 512 * 1024));
        assertEquals("64 KB", BoundedBody.size(64 * 1024));
    }

    @Test
    void theBrowserIsOpenedWithEachSystemsOwnProgram() {
        String address = "http://127.0.0.1:8080/?ma=x";
        assertEquals(List.of("rundll32", "url.dll,FileProtocolHandler", address),
                BrowserLauncher.command("Windows 11", Map.of(), address));
        assertEquals(List.of("open", address), BrowserLauncher.command("Mac OS X", Map.of(), address));
        assertEquals(List.of("xdg-open", address), BrowserLauncher.command("Linux", Map.of("DISPLAY", ":0"), address));
        assertEquals(List.of(), BrowserLauncher.command("Linux", Map.of(), address), "no desktop: the address is printed only");
    }
}
