package vn.vanban.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.vanban.Examples;

/**
 * The converter against encoders written here from the standards' charts in their own layout
 * (one string of codes per vowel, in the charts' tone order), against phrases as they occur in
 * real legacy documents, and against every line of the seeds and examples for detection.
 */
class LegacyEncodingTest {

    /** Tones in the order of the TCVN3 chart: none, huyền, hỏi, ngã, sắc, nặng. */
    private static final String[] TONES = {"", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323"};
    private static final String VOWELS = "aăâeêioôơuưy";

    /** TCVN 5712:1993 VN3, per vowel the codes of its six tones (the toneless a e i o u y are ASCII). */
    private static final Map<Character, String> TCVN3_ROWS = Map.ofEntries(
            Map.entry('a', "a\u00B5\u00B6\u00B7\u00B8\u00B9"),
            Map.entry('ă', "\u00A8\u00BB\u00BC\u00BD\u00BE\u00C6"),
            Map.entry('â', "\u00A9\u00C7\u00C8\u00C9\u00CA\u00CB"),
            Map.entry('e', "e\u00CC\u00CE\u00CF\u00D0\u00D1"),
            Map.entry('ê', "\u00AA\u00D2\u00D3\u00D4\u00D5\u00D6"),
            Map.entry('i', "i\u00D7\u00D8\u00DC\u00DD\u00DE"),
            Map.entry('o', "o\u00DF\u00E1\u00E2\u00E3\u00E4"),
            Map.entry('ô', "\u00AB\u00E5\u00E6\u00E7\u00E8\u00E9"),
            Map.entry('ơ', "\u00AC\u00EA\u00EB\u00EC\u00ED\u00EE"),
            Map.entry('u', "u\u00EF\u00F1\u00F2\u00F3\u00F4"),
            Map.entry('ư', "\u00AD\u00F5\u00F6\u00F7\u00F8\u00F9"),
            Map.entry('y', "y\u00FA\u00FB\u00FC\u00FD\u00FE"));
    /** The only capitals VN3 has: Ă Â Ê Ô Ơ Ư Đ. */
    private static final Map<Character, Character> TCVN3_CAPITALS = Map.of(
            'Ă', '\u00A1', 'Â', '\u00A2', 'Ê', '\u00A3', 'Ô', '\u00A4', 'Ơ', '\u00A5', 'Ư', '\u00A6', 'Đ', '\u00A7');
    private static final char TCVN3_D = '\u00AE';

    /** VNI marks after a base letter, lower case, in the same tone order (no mark for no tone). */
    private static final String VNI_TONES = "\u00F8\u00FB\u00F5\u00F9\u00EF";
    private static final String VNI_CIRCUMFLEX = "\u00E2\u00E0\u00E5\u00E3\u00E1\u00E4";
    private static final String VNI_BREVE = "\u00EA\u00E8\u00FA\u00FC\u00E9\u00EB";
    /** VNI's single bytes: the toned i, ỵ, and the letters ơ ư đ. */
    private static final String VNI_I = "i\u00EC\u00E6\u00F3\u00ED\u00F2";
    private static final char VNI_Y_DOT = '\u00EE';
    private static final char VNI_O_HORN = '\u00F4';
    private static final char VNI_U_HORN = '\u00F6';
    private static final char VNI_D = '\u00F1';

    // ---- the letters -------------------------------------------------------------------

    /** The 67 lower-case letters beyond ASCII: 12 vowels × 6 tones, less a e i o u y, and đ. */
    private static List<String> lowerLetters() {
        List<String> letters = new ArrayList<>();
        for (char vowel : VOWELS.toCharArray()) {
            for (String tone : TONES) {
                String letter = nfc(vowel + tone);
                if (letter.charAt(0) >= 0x80) {
                    letters.add(letter);
                }
            }
        }
        letters.add("đ");
        return letters;
    }

    @Test
    void thereAre134LettersAndTheChartHasEachOnce() {
        Set<String> all = new LinkedHashSet<>(lowerLetters());
        lowerLetters().forEach(l -> all.add(l.toUpperCase(Locale.ROOT)));
        assertEquals(134, all.size());
        assertEquals(all, LegacyCharts.LETTERS);
        assertEquals(67 + 7, LegacyCharts.TCVN3.size());
        assertEquals(134, LegacyCharts.VNI.size());
    }

    @Test
    void everyTcvn3LetterRoundTrips() {
        for (String letter : lowerLetters()) {
            String code = tcvn3(letter);
            assertEquals(letter, LegacyEncoding.TCVN3.decode(code, ".VnTime"), hex(code));
            assertEquals(letter, LegacyEncoding.TCVN3.decode("x" + code + "n", ".VnTime").substring(1, 2));
        }
        for (Map.Entry<Character, Character> capital : TCVN3_CAPITALS.entrySet()) {
            assertEquals(String.valueOf(capital.getKey()),
                    LegacyEncoding.TCVN3.decode(String.valueOf(capital.getValue()), ".VnArial"));
        }
    }

    @Test
    void tcvn3CapitalsFontsDrawTheLowerCaseCodesAsCapitals() {
        for (String letter : lowerLetters()) {
            String capital = letter.toUpperCase(Locale.ROOT);
            assertEquals(capital, LegacyEncoding.TCVN3.decode(tcvn3(letter), ".VnTimeH"));
            assertEquals(capital, LegacyEncoding.TCVN3.decode(tcvn3(letter), ".VnArialH"));
        }
        assertEquals("ỦY BAN NHÂN DÂN", LegacyEncoding.TCVN3.decode("\u00F1y ban nh\u00A9n d\u00A9n", ".VnTimeH"));
        assertEquals("ỦY BAN NHÂN DÂN", LegacyEncoding.toUnicode("\u00F1y ban nh\u00A9n d\u00A9n", ".VnTimeH"));
        // ASCII capitals and the seven VN3 capitals are capitals in either font.
        assertEquals("ĐẢNG BỘ", LegacyEncoding.TCVN3.decode("\u00A7\u00B6NG b\u00E9", ".VnTimeH"));
        assertEquals("ủy ban", LegacyEncoding.TCVN3.decode("\u00F1y ban", ".VnTime"));
    }

    @Test
    void everyVniLetterRoundTripsInBothCases() {
        for (String lower : lowerLetters()) {
            for (String letter : List.of(lower, lower.toUpperCase(Locale.ROOT))) {
                String code = vni(letter);
                assertEquals(letter, LegacyEncoding.VNI.decode(code, "VNI-Times"), hex(code));
                assertEquals("x" + letter + "n", LegacyEncoding.VNI.decode("x" + code + "n", "VNI-Times"), hex(code));
            }
        }
    }

    @Test
    void knownPhrasesInTcvn3() {
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncoding.TCVN3.decode(
                "C\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam", ".VnTime"));
        assertEquals("Cộng hoà xã hội chủ nghĩa Việt Nam", LegacyEncoding.TCVN3.decode(
                "C\u00E9ng ho\u00B5 x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam", ".VnTime"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.TCVN3.decode(
                "\u00A7\u00E9c l\u00CBp - T\u00F9 do - H\u00B9nh ph\u00F3c", ".VnTime"));
        assertEquals("Quyết định của Bộ trưởng", LegacyEncoding.TCVN3.decode(
                "Quy\u00D5t \u00AE\u00DEnh c\u00F1a B\u00E9 tr\u00AD\u00EBng", ".VnTime"));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LegacyEncoding.TCVN3.decode(
                "c\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa vi\u00D6t nam", ".VnTimeH"));
    }

    @Test
    void knownPhrasesInVni() {
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam", LegacyEncoding.VNI.decode(
                "Co\u00E4ng ho\u00F8a xa\u00F5 ho\u00E4i chu\u00FB ngh\u00F3a Vie\u00E4t Nam", "VNI-Times"));
        assertEquals("Độc lập - Tự do - Hạnh phúc", LegacyEncoding.VNI.decode(
                "\u00D1o\u00E4c la\u00E4p - T\u00F6\u00EF do - Ha\u00EFnh phu\u00F9c", "VNI-Times"));
        assertEquals("ỦY BAN NHÂN DÂN TỈNH", LegacyEncoding.VNI.decode(
                "U\u00DBY BAN NHA\u00C2N DA\u00C2N T\u00C6NH", "VNI-Helve"));
        assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", LegacyEncoding.VNI.decode(
                "CO\u00C4NG HO\u00D8A XA\u00D5 HO\u00C4I CHU\u00DB NGH\u00D3A VIE\u00C4T NAM", "VNI-Times"));
        assertEquals("được những Chỉ thị Mỹ", LegacyEncoding.VNI.decode(
                "\u00F1\u00F6\u00F4\u00EFc nh\u00F6\u00F5ng Ch\u00E6 th\u00F2 My\u00F5", "VNI-Times"));
        // The case of a mark follows its letter's, except in text typed with Caps Lock.
        assertEquals("Ấp Đá", LegacyEncoding.VNI.decode("A\u00E1p \u00D1a\u00D9", "VNI-Times"));
    }

    @Test
    void aVniMarkWithoutALetterToCarryItIsKeptAsWritten() {
        assertEquals("\u00F9 \u00F8", LegacyEncoding.VNI.decode("\u00F9 \u00F8", "VNI-Times"));
        assertEquals("f\u00F9", LegacyEncoding.VNI.decode("f\u00F9", "VNI-Times"));
    }

    @Test
    void windows1252Latin1AndPrivateUseFormsOfTheCodesAllDecode() {
        // Word hands the codes 0x80–0x9F back as Windows-1252 characters: punctuation stays.
        assertEquals("\u201CQuyết định\u201D \u2026", LegacyEncoding.TCVN3.decode(
                "\u201CQuy\u00D5t \u00AE\u00DEnh\u201D \u2026", ".VnTime"));
        // ... or as the Latin-1 code point, a C1 control: it becomes what the font draws.
        assertEquals("\u201CQuyết định\u201D", LegacyEncoding.TCVN3.decode(
                "\u0093Quy\u00D5t \u00AE\u00DEnh\u0094", ".VnTime"));
        // ... or, in a font Word takes for a symbol font, as U+F000 plus the code.
        assertEquals("Cộng hòa", LegacyEncoding.TCVN3.decode(privateUse("C\u00E9ng h\u00DFa"), ".VnTime"));
        assertEquals("Cộng hòa", LegacyEncoding.VNI.decode(privateUse("Co\u00E4ng ho\u00F8a"), "VNI-Times"));
        assertEquals("\u201CĐộc lập\u201D", LegacyEncoding.VNI.decode(
                privateUse("\u0093\u00D1o\u00E4c la\u00E4p\u0094"), "VNI-Times"));
        assertEquals(Optional.of(LegacyEncoding.TCVN3),
                LegacyEncoding.detect(privateUse("C\u00E9ng h\u00DFa x\u00B7 h\u00E9i")));
    }

    @Test
    void outputIsNfc() {
        List<String> outputs = new ArrayList<>();
        for (String lower : lowerLetters()) {
            outputs.add(LegacyEncoding.VNI.decode(vni(lower) + vni(lower.toUpperCase(Locale.ROOT)), "VNI-Times"));
            outputs.add(LegacyEncoding.TCVN3.decode(tcvn3(lower), ".VnTimeH"));
        }
        outputs.forEach(o -> assertTrue(Normalizer.isNormalized(o, Normalizer.Form.NFC), o));
        // Text that is not legacy is normalised, not decoded: decomposed Unicode is composed.
        assertEquals("Việt Nam", LegacyEncoding.toUnicode("Vie\u0323\u0302t Nam", "Times New Roman"));
        assertEquals("Việt Nam", LegacyEncoding.toUnicode("Vie\u0323\u0302t Nam", null));
    }

    // ---- fonts and toUnicode --------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {".VnTime", ".VnTimeH", ".VnArial", ".VnArialH", ".VnCentury Schoolbook",
            ".vntime", " .VnTime ", ".VnAvant"})
    void vnFontsAreTcvn3(String font) {
        assertEquals(Optional.of(LegacyEncoding.TCVN3), LegacyEncoding.ofFont(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"VNI-Times", "VNI-Helve", "VNI-Helve-Condense", "vni-times", "VNI-Aptima"})
    void vniFontsAreVni(String font) {
        assertEquals(Optional.of(LegacyEncoding.VNI), LegacyEncoding.ofFont(font));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Times New Roman", "Arial", "Symbol", "VnTime", "VNI", "Vni Times", "", "Tahoma.Vn"})
    void otherFontsAreNotLegacy(String font) {
        assertEquals(Optional.empty(), LegacyEncoding.ofFont(font));
    }

    @Test
    void noFontIsNotLegacy() {
        assertEquals(Optional.empty(), LegacyEncoding.ofFont(null));
    }

    @Test
    void toUnicodeDecidesByFontThenByText() {
        String tcvn3 = "C\u00E9ng h\u00DFa x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam";
        String vni = "Co\u00E4ng ho\u00F8a xa\u00F5 ho\u00E4i chu\u00FB ngh\u00F3a Vie\u00E4t Nam";
        String unicode = "Cộng hòa xã hội chủ nghĩa Việt Nam";
        assertEquals(unicode, LegacyEncoding.toUnicode(tcvn3, ".VnTime"));
        assertEquals(unicode, LegacyEncoding.toUnicode(vni, "VNI-Times"));
        assertEquals(unicode, LegacyEncoding.toUnicode(tcvn3, "Times New Roman"));
        assertEquals(unicode, LegacyEncoding.toUnicode(vni, null));
        assertEquals(unicode, LegacyEncoding.toUnicode(unicode, "Times New Roman"));
        // The font decides even for a word the text alone would not give away.
        assertEquals("Bộ", LegacyEncoding.toUnicode("B\u00E9", ".VnTime"));
        assertEquals("Bé", LegacyEncoding.toUnicode("B\u00E9", null));
        assertEquals("Café", LegacyEncoding.toUnicode("Café", "Arial"));
    }

    @Test
    void unicodeTextLeftInALegacyFontIsNotDecodedAgain() {
        assertEquals("Cộng hòa xã hội chủ nghĩa Việt Nam",
                LegacyEncoding.toUnicode("Cộng hòa xã hội chủ nghĩa Việt Nam", ".VnTime"));
        assertEquals("Độc lập - Tự do - Hạnh phúc",
                LegacyEncoding.toUnicode("Độc lập - Tự do - Hạnh phúc", "VNI-Times"));
    }

    // ---- detection --------------------------------------------------------------------

    @Test
    void detectsLegacyPhrases() {
        Map<String, LegacyEncoding> phrases = Map.of(
                "C\u00E9ng ho\u00B5 x\u00B7 h\u00E9i ch\u00F1 ngh\u00DCa Vi\u00D6t Nam", LegacyEncoding.TCVN3,
                "\u00A7\u00E9c l\u00CBp - T\u00F9 do - H\u00B9nh ph\u00F3c", LegacyEncoding.TCVN3,
                "Quy\u00D5t \u00AE\u00DEnh c\u00F1a B\u00E9 tr\u00AD\u00EBng", LegacyEncoding.TCVN3,
                "\u00A7i\u00D2u 1", LegacyEncoding.TCVN3,
                "Co\u00E4ng ho\u00F8a xa\u00F5 ho\u00E4i chu\u00FB ngh\u00F3a Vie\u00E4t Nam", LegacyEncoding.VNI,
                "\u00D1o\u00E4c la\u00E4p - T\u00F6\u00EF do - Ha\u00EFnh phu\u00F9c", LegacyEncoding.VNI,
                "U\u00DBY BAN NHA\u00C2N DA\u00C2N T\u00C6NH", LegacyEncoding.VNI,
                "\u00F1\u00F6\u00F4\u00EFc nh\u00F6\u00F5ng Ch\u00E6 th\u00F2 My\u00F5", LegacyEncoding.VNI);
        phrases.forEach((text, encoding) -> assertEquals(Optional.of(encoding), LegacyEncoding.detect(text), text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Café", "café crème", "Müller", "Zürich", "naïve", "façade", "São Paulo", "piñata",
            "résumé", "déjà vu", "Noël à Paris", "Ångström", "crème brûlée", "El Niño", "Åland", "Øresund",
            "5 µm", "25 °C", "± 5 %", "½ giờ", "© 2023", "§ 5", "Straße", "Œuvre", "“Café” — 3 €", "Ö", "µ",
            "Le café « crème » coûte trop cher à Paris, où l'été est chaud.",
            "Nå kan du gå til neste leksjon.", "Nå kan du gå", "Trykk G for å gå til bunnen av filen.", "på", "tüm düğmeleri",
            "== Ü d v ö z ö l j ü k ==", "Plasser markøren på en linje", "KOM IHÅG DET NUMMRET!",
            "Cà phê", "Hà Nam", "Cà Mau", "Hòa Bình", "Sài Gòn", "Trà Vinh", "Bến Tre", "UBND", "", "   ", "2023"})
    void doesNotDetectUnicodeOrLatin1Text(String text) {
        assertEquals(Optional.empty(), LegacyEncoding.detect(text), text);
        assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), LegacyEncoding.toUnicode(text, null));
    }

    @Test
    void nullTextIsNotLegacy() {
        assertEquals(Optional.empty(), LegacyEncoding.detect(null));
        assertEquals("", LegacyEncoding.toUnicode(null, ".VnTime"));
    }

    @Test
    void noLineOfTheSeedsOrExamplesIsTakenForLegacyText() throws IOException {
        int lines = 0;
        for (Path file : seedsAndExamples()) {
            for (String line : Files.readAllLines(file)) {
                assertEquals(Optional.empty(), LegacyEncoding.detect(line), file + ": " + line);
                assertEquals(nfc(line), LegacyEncoding.toUnicode(line, "Times New Roman"));
                lines++;
            }
        }
        assertTrue(lines > 1300, "read " + lines + " lines");
    }

    /**
     * Every line of the seeds typed in the legacy encodings comes back exactly, by font (in TCVN3
     * with the toned capitals in lower case, or all in the capitals font); and
     * without its font nearly every such line with three or more Vietnamese words is recognised
     * (a short line can be all words that read as Vietnamese either way).
     */
    @Test
    void theSeedsTypedInLegacyEncodingsComeBack() throws IOException {
        int tried = 0;
        int recognised = 0;
        for (String name : Examples.SEEDS.keySet()) {
            for (String line : Files.readAllLines(Examples.seed(name))) {
                String typed = tonedCapitalsLowered(nfc(line));
                String tcvn3 = tcvn3(typed);
                String vni = vni(nfc(line));
                if (tcvn3 == null || vni == null) {
                    continue;
                }
                assertEquals(typed, LegacyEncoding.toUnicode(tcvn3, ".VnTime"), line);
                assertEquals(nfc(line).toUpperCase(Locale.ROOT), LegacyEncoding.toUnicode(tcvn3, ".VnTimeH"), line);
                assertEquals(nfc(line), LegacyEncoding.toUnicode(vni, "VNI-Times"), line);
                if (typed.split("\\s+").length >= 3 && !typed.equals(tcvn3)) {
                    tried++;
                    boolean both = LegacyEncoding.detect(tcvn3).equals(Optional.of(LegacyEncoding.TCVN3))
                            && LegacyEncoding.detect(vni).equals(Optional.of(LegacyEncoding.VNI));
                    recognised += both ? 1 : 0;
                }
            }
        }
        assertTrue(tried > 400, "lines tried: " + tried);
        assertTrue(recognised >= tried * 0.98, recognised + " of " + tried + " lines recognised");
    }

    // ---- encoders written from the charts ---------------------------------------------

    /**
     * TCVN3 code of lower-case text; null when it holds a character VN3 cannot write (a toned
     * capital) or one whose Latin-1 value is a code (it would not come back as itself).
     */
    private static String tcvn3(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : nfc(text).toCharArray()) {
            Character capital = TCVN3_CAPITALS.get(c);
            int[] vowelTone = vowelAndTone(c);
            if (c < 0x80) {
                out.append(c);
            } else if (c == 'đ') {
                out.append(TCVN3_D);
            } else if (capital != null) {
                out.append(capital.charValue());
            } else if (vowelTone != null) {
                out.append(TCVN3_ROWS.get((char) vowelTone[0]).charAt(vowelTone[1]));
            } else if (Character.isUpperCase(c) || c >= 0xA0 && c <= 0xFF) {
                return null;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** As a VN3 typist writes in an ordinary font: "ỦY BAN" as "ủy BAN", "UBND" as it is. */
    private static String tonedCapitalsLowered(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean toned = c >= 0x80 && Character.isUpperCase(c) && !TCVN3_CAPITALS.containsKey(c);
            out.append(toned ? Character.toLowerCase(c) : c);
        }
        return out.toString();
    }

    /** VNI code of text; null when it holds a character whose Latin-1 value is a code. */
    private static String vni(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : nfc(text).toCharArray()) {
            char lower = Character.toLowerCase(c);
            int[] vowelTone = vowelAndTone(lower);
            String code;
            if (c < 0x80) {
                code = String.valueOf(c);
            } else if (lower == 'đ') {
                code = String.valueOf(VNI_D);
            } else if (vowelTone != null) {
                code = vniLetter((char) vowelTone[0], vowelTone[1]);
            } else if (c >= 0xA0 && c <= 0xFF) {
                return null;
            } else {
                code = String.valueOf(c);
            }
            out.append(Character.isUpperCase(c) ? vniUpper(code) : code);
        }
        return out.toString();
    }

    private static String vniLetter(char vowel, int tone) {
        if (vowel == 'i') {
            return String.valueOf(VNI_I.charAt(tone));
        }
        if (vowel == 'y' && tone == 5) {
            return String.valueOf(VNI_Y_DOT);
        }
        String toneMark = tone == 0 ? "" : String.valueOf(VNI_TONES.charAt(tone - 1));
        switch (vowel) {
            case 'ă':
                return "a" + VNI_BREVE.charAt(tone);
            case 'â':
            case 'ê':
            case 'ô':
                return (vowel == 'â' ? "a" : vowel == 'ê' ? "e" : "o") + VNI_CIRCUMFLEX.charAt(tone);
            case 'ơ':
                return VNI_O_HORN + toneMark;
            case 'ư':
                return VNI_U_HORN + toneMark;
            default:
                return vowel + toneMark;
        }
    }

    /** VNI capitals: ASCII capitals, and the Latin-1 capital of each code from 0xE0 up. */
    private static String vniUpper(String code) {
        StringBuilder out = new StringBuilder();
        for (char c : code.toCharArray()) {
            out.append(c >= 0xE0 ? (char) (c - 0x20) : Character.toUpperCase(c));
        }
        return out.toString();
    }

    /** For a lower-case Vietnamese vowel letter: its toneless vowel and its tone's index. */
    private static int[] vowelAndTone(char letter) {
        for (char vowel : VOWELS.toCharArray()) {
            for (int tone = 0; tone < TONES.length; tone++) {
                if (nfc(vowel + TONES[tone]).charAt(0) == letter) {
                    return new int[] {vowel, tone};
                }
            }
        }
        return null;
    }

    private static String privateUse(String codes) {
        StringBuilder out = new StringBuilder();
        for (char c : codes.toCharArray()) {
            out.append((char) (0xF000 + c));
        }
        return out.toString();
    }

    private static List<Path> seedsAndExamples() {
        List<Path> files = new ArrayList<>();
        for (String name : Examples.SEEDS.keySet()) {
            files.add(Examples.seed(name));
            files.add(Examples.yaml(name));
        }
        files.forEach(f -> assertTrue(Files.exists(f), f.toString()));
        return files;
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    private static String hex(String codes) {
        StringBuilder out = new StringBuilder();
        for (char c : codes.toCharArray()) {
            out.append(String.format("%04X ", (int) c));
        }
        return out.toString().strip();
    }

    @Test
    void theTestEncodersFollowTheCharts() {
        assertEquals("\u00AD\u00EBng", tcvn3("ưởng"));
        assertNull(tcvn3("Ủy"));
        assertEquals("Vie\u00E4t \u00D1\u00D6\u00D4\u00CFC", vni("Việt ĐƯỢC"));
        assertNull(vni("25 °C"));
    }
}
