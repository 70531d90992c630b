package vn.vanban.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Draws the pages of a PDF as PNG images with Apache PDFBox, in Java, so that a page preview needs
 * LibreOffice and nothing else (no poppler, which Windows does not have).
 */
public final class PageImages {

    public static final int MIN_DPI = 36;
    public static final int MAX_DPI = 600;

    private PageImages() {
    }

    /** One PNG per page, in order, at the given resolution. */
    public static List<byte[]> png(byte[] pdf, int dpi) throws IOException {
        if (dpi < MIN_DPI || dpi > MAX_DPI) {
            throw new IllegalArgumentException("dpi " + dpi);
        }
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                BufferedImage image = renderer.renderImageWithDPI(i, dpi, ImageType.RGB);
                ByteArrayOutputStream png = new ByteArrayOutputStream();
                ImageIO.write(image, "png", png);
                pages.add(png.toByteArray());
            }
        }
        return pages;
    }
}
