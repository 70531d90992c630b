package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import vn.vanban.render.FontMetrics.Style;

class FontMetricsTest {

    /** fonts-liberation2, which .ci/run installs; skipped only where the fonts are absent. */
    private static final Path LIBERATION = Path.of("/usr/share/fonts/truetype/liberation2");

    @Test
    void theNationalTitleAt13ptBoldNeedsAboutNinetySixMillimetres() {
        double mm = FontMetrics.widthPt("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Style.BOLD, 13) * 25.4 / 72;
        assertEquals(96, mm, 2);
    }

    @Test
    void widthGrowsWithSizeAndWeight() {
        String motto = "Độc lập - Tự do - Hạnh phúc";
        assertTrue(FontMetrics.widthPt(motto, Style.BOLD, 14) > FontMetrics.widthPt(motto, Style.BOLD, 13));
        assertTrue(FontMetrics.widthPt(motto, Style.BOLD, 14) > FontMetrics.widthPt(motto, Style.REGULAR, 14));
        assertEquals(FontMetrics.widthPt("a", Style.REGULAR, 14) * 2, FontMetrics.widthPt("aa", Style.REGULAR, 14), 1e-9);
    }

    @Test
    void decomposedTextMeasuresLikeItsBaseLetters() {
        // A combining mark outside NFC has no width of its own.
        assertEquals(FontMetrics.widthPt("a", Style.REGULAR, 14), FontMetrics.widthPt("a\u0301", Style.REGULAR, 14), 1e-9);
    }

    @Test
    void bundledTablesMatchTheFontFiles() throws IOException {
        Assumptions.assumeTrue(Files.isDirectory(LIBERATION), "Liberation fonts not installed");
        for (String style : FontMetricsGenerator.STYLES) {
            String expected = FontMetricsGenerator.table(LIBERATION.resolve("LiberationSerif-" + style + ".ttf"));
            try (InputStream in = FontMetrics.class.getResourceAsStream("metrics/LiberationSerif-" + style + ".txt")) {
                String bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^#.*\\R", "");
                assertEquals(expected, bundled, style);
            }
        }
    }
}
