package vn.vanban.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class PageImagesTest {

    /** Two A4 pages; the first has a black square 72 pt wide, 72 pt from the top-left corner. */
    private static byte[] twoPages() throws Exception {
        try (PDDocument document = new PDDocument()) {
            PDPage first = new PDPage(PDRectangle.A4);
            document.addPage(first);
            try (PDPageContentStream content = new PDPageContentStream(document, first)) {
                content.addRect(72, PDRectangle.A4.getHeight() - 144, 72, 72);
                content.fill();
            }
            document.addPage(new PDPage(PDRectangle.A4));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static BufferedImage image(byte[] png) throws Exception {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    @Test
    void onePngPerPageAtTheAskedResolution() throws Exception {
        List<byte[]> pages = PageImages.png(twoPages(), 72);
        assertEquals(2, pages.size());
        BufferedImage first = image(pages.get(0));
        assertEquals(595, first.getWidth(), 1);
        assertEquals(842, first.getHeight(), 1);
        assertEquals(0x000000, first.getRGB(108, 108) & 0xFFFFFF, "inside the square");
        assertEquals(0xFFFFFF, first.getRGB(300, 300) & 0xFFFFFF, "paper");

        BufferedImage sharper = image(PageImages.png(twoPages(), 144).get(0));
        assertEquals(1191, sharper.getWidth(), 1);
        assertEquals(0x000000, sharper.getRGB(216, 216) & 0xFFFFFF);
    }

    @Test
    void aResolutionOutsideTheRangeIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> PageImages.png(twoPages(), PageImages.MIN_DPI - 1));
        assertThrows(IllegalArgumentException.class, () -> PageImages.png(twoPages(), PageImages.MAX_DPI + 1));
    }
}
