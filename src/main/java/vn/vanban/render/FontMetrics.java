package vn.vanban.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * Times New Roman advance widths, from the bundled tables of its metric twin Liberation Serif, so
 * that a rule's length and whether a header line fits never depend on the fonts of the machine.
 */
public final class FontMetrics {

    public enum Style {
        REGULAR("Regular"), BOLD("Bold"), ITALIC("Italic"), BOLD_ITALIC("BoldItalic");

        private final String fileSuffix;

        Style(String fileSuffix) {
            this.fileSuffix = fileSuffix;
        }

        public static Style of(boolean bold, boolean italic) {
            return bold ? (italic ? BOLD_ITALIC : BOLD) : (italic ? ITALIC : REGULAR);
        }
    }

    private static final int UNITS_PER_EM = 2048;
    private static final int UNKNOWN = -1;
    private static final Map<Style, int[]> TABLES = new EnumMap<>(Style.class);

    static {
        for (Style style : Style.values()) {
            TABLES.put(style, load(style));
        }
    }

    private FontMetrics() {
    }

    /** The advance width of the text set in one line, in points. */
    public static double widthPt(String text, Style style, double sizePt) {
        int[] table = TABLES.get(style);
        long units = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            units += advance(table, cp);
            i += Character.charCount(cp);
        }
        return units * sizePt / UNITS_PER_EM;
    }

    /** The same width in twentieths of a point, the unit of WordprocessingML lengths. */
    public static int widthTwips(String text, Style style, double sizePt) {
        return (int) Math.round(widthPt(text, style, sizePt) * 20);
    }

    private static int advance(int[] table, int cp) {
        int width = cp < table.length ? table[cp] : UNKNOWN;
        if (width != UNKNOWN) {
            return width;
        }
        // A character outside the table: measure its base letter, or an average letter.
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        int base = decomposed.codePointAt(0);
        if (base != cp && base < table.length && table[base] != UNKNOWN) {
            return table[base];
        }
        return table['n'];
    }

    private static int[] load(Style style) {
        String resource = "metrics/LiberationSerif-" + style.fileSuffix + ".txt";
        int[] table = new int[0x2200];
        Arrays.fill(table, UNKNOWN);
        try (InputStream in = FontMetrics.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font metrics resource missing: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                int space = line.indexOf(' ');
                int cp = Integer.parseInt(line.substring(0, space), 16);
                if (cp < table.length) {
                    table[cp] = Integer.parseInt(line.substring(space + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
