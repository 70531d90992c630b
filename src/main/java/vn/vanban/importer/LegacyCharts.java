package vn.vanban.importer;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The code charts of the two legacy Vietnamese encodings, kept as one table a reader can hold
 * against the standards: TCVN 5712:1993 part 3 (VN3, the "ABC" code of the .VnTime fonts) and
 * VNI-Windows (the VNI-Times fonts). Codes are the 8-bit values, in hex.
 *
 * <p>VN3 has every lower-case letter as one byte but, of the capitals, only the seven without
 * a tone ("-" in the table): toned capitals are typed as the lower-case code in an all-capitals
 * font (.VnTimeH). VNI writes a vowel with a tone or a modifier as the base letter followed by
 * one mark byte (the circumflex and the breve are combined with the tone into a single mark
 * byte); ơ, ư, đ, the toned i and ỵ are single bytes.
 */
final class LegacyCharts {

    private static final String CHART = """
              # lower | TCVN3 | VNI   | upper | TCVN3 | VNI
                à     | B5    | 61 F8 | À     | -     | 41 D8
                ả     | B6    | 61 FB | Ả     | -     | 41 DB
                ã     | B7    | 61 F5 | Ã     | -     | 41 D5
                á     | B8    | 61 F9 | Á     | -     | 41 D9
                ạ     | B9    | 61 EF | Ạ     | -     | 41 CF
                ă     | A8    | 61 EA | Ă     | A1    | 41 CA
                ằ     | BB    | 61 E8 | Ằ     | -     | 41 C8
                ẳ     | BC    | 61 FA | Ẳ     | -     | 41 DA
                ẵ     | BD    | 61 FC | Ẵ     | -     | 41 DC
                ắ     | BE    | 61 E9 | Ắ     | -     | 41 C9
                ặ     | C6    | 61 EB | Ặ     | -     | 41 CB
                â     | A9    | 61 E2 | Â     | A2    | 41 C2
                ầ     | C7    | 61 E0 | Ầ     | -     | 41 C0
                ẩ     | C8    | 61 E5 | Ẩ     | -     | 41 C5
                ẫ     | C9    | 61 E3 | Ẫ     | -     | 41 C3
                ấ     | CA    | 61 E1 | Ấ     | -     | 41 C1
                ậ     | CB    | 61 E4 | Ậ     | -     | 41 C4
                đ     | AE    | F1    | Đ     | A7    | D1
                è     | CC    | 65 F8 | È     | -     | 45 D8
                ẻ     | CE    | 65 FB | Ẻ     | -     | 45 DB
                ẽ     | CF    | 65 F5 | Ẽ     | -     | 45 D5
                é     | D0    | 65 F9 | É     | -     | 45 D9
                ẹ     | D1    | 65 EF | Ẹ     | -     | 45 CF
                ê     | AA    | 65 E2 | Ê     | A3    | 45 C2
                ề     | D2    | 65 E0 | Ề     | -     | 45 C0
                ể     | D3    | 65 E5 | Ể     | -     | 45 C5
                ễ     | D4    | 65 E3 | Ễ     | -     | 45 C3
                ế     | D5    | 65 E1 | Ế     | -     | 45 C1
                ệ     | D6    | 65 E4 | Ệ     | -     | 45 C4
                ì     | D7    | EC    | Ì     | -     | CC
                ỉ     | D8    | E6    | Ỉ     | -     | C6
                ĩ     | DC    | F3    | Ĩ     | -     | D3
                í     | DD    | ED    | Í     | -     | CD
                ị     | DE    | F2    | Ị     | -     | D2
                ò     | DF    | 6F F8 | Ò     | -     | 4F D8
                ỏ     | E1    | 6F FB | Ỏ     | -     | 4F DB
                õ     | E2    | 6F F5 | Õ     | -     | 4F D5
                ó     | E3    | 6F F9 | Ó     | -     | 4F D9
                ọ     | E4    | 6F EF | Ọ     | -     | 4F CF
                ô     | AB    | 6F E2 | Ô     | A4    | 4F C2
                ồ     | E5    | 6F E0 | Ồ     | -     | 4F C0
                ổ     | E6    | 6F E5 | Ổ     | -     | 4F C5
                ỗ     | E7    | 6F E3 | Ỗ     | -     | 4F C3
                ố     | E8    | 6F E1 | Ố     | -     | 4F C1
                ộ     | E9    | 6F E4 | Ộ     | -     | 4F C4
                ơ     | AC    | F4    | Ơ     | A5    | D4
                ờ     | EA    | F4 F8 | Ờ     | -     | D4 D8
                ở     | EB    | F4 FB | Ở     | -     | D4 DB
                ỡ     | EC    | F4 F5 | Ỡ     | -     | D4 D5
                ớ     | ED    | F4 F9 | Ớ     | -     | D4 D9
                ợ     | EE    | F4 EF | Ợ     | -     | D4 CF
                ù     | EF    | 75 F8 | Ù     | -     | 55 D8
                ủ     | F1    | 75 FB | Ủ     | -     | 55 DB
                ũ     | F2    | 75 F5 | Ũ     | -     | 55 D5
                ú     | F3    | 75 F9 | Ú     | -     | 55 D9
                ụ     | F4    | 75 EF | Ụ     | -     | 55 CF
                ư     | AD    | F6    | Ư     | A6    | D6
                ừ     | F5    | F6 F8 | Ừ     | -     | D6 D8
                ử     | F6    | F6 FB | Ử     | -     | D6 DB
                ữ     | F7    | F6 F5 | Ữ     | -     | D6 D5
                ứ     | F8    | F6 F9 | Ứ     | -     | D6 D9
                ự     | F9    | F6 EF | Ự     | -     | D6 CF
                ỳ     | FA    | 79 F8 | Ỳ     | -     | 59 D8
                ỷ     | FB    | 79 FB | Ỷ     | -     | 59 DB
                ỹ     | FC    | 79 F5 | Ỹ     | -     | 59 D5
                ý     | FD    | 79 F9 | Ý     | -     | 59 D9
                ỵ     | FE    | EE    | Ỵ     | -     | CE
            """;

    /** TCVN3 byte → letter. */
    static final Map<Integer, String> TCVN3;
    /** VNI code sequence (each byte as the Latin-1 char of that value) → letter. */
    static final Map<String, String> VNI;
    /** The 134 Vietnamese letters that are not plain ASCII, both cases. */
    static final Set<String> LETTERS;

    /** Windows-1252 characters of 0x80–0x9F → byte; Word hands legacy bytes back as these. */
    private static final Map<Character, Integer> CP1252_HIGH;
    private static final char[] CP1252_CHARS = new char[0x20];

    static {
        Map<Integer, String> tcvn3 = new HashMap<>();
        Map<String, String> vni = new HashMap<>();
        Set<String> letters = new HashSet<>();
        for (String line : CHART.strip().split("\n")) {
            if (line.strip().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\\|");
            for (int pair = 0; pair < 2; pair++) {
                String letter = cells[pair * 3].strip();
                letters.add(letter);
                String tcvnCode = cells[pair * 3 + 1].strip();
                if (!tcvnCode.equals("-") && tcvn3.put(Integer.parseInt(tcvnCode, 16), letter) != null) {
                    throw new IllegalStateException("TCVN3 code used twice: " + tcvnCode);
                }
                if (vni.put(codes(cells[pair * 3 + 2].strip()), letter) != null) {
                    throw new IllegalStateException("VNI code used twice: " + cells[pair * 3 + 2]);
                }
            }
        }
        TCVN3 = Collections.unmodifiableMap(tcvn3);
        VNI = Collections.unmodifiableMap(vni);
        LETTERS = Collections.unmodifiableSet(letters);

        Map<Character, Integer> high = new HashMap<>();
        Charset cp1252 = Charset.forName("windows-1252");
        for (int b = 0x80; b < 0xA0; b++) {
            char c = cp1252.decode(ByteBuffer.wrap(new byte[] {(byte) b})).charAt(0);
            // Five codes have no character in Windows-1252; Word then keeps the C1 control itself.
            CP1252_CHARS[b - 0x80] = c == '\uFFFD' ? (char) b : c;
            high.put(CP1252_CHARS[b - 0x80], b);
        }
        CP1252_HIGH = Collections.unmodifiableMap(high);
    }

    private LegacyCharts() {
    }

    private static String codes(String hex) {
        StringBuilder sequence = new StringBuilder();
        for (String code : hex.split(" +")) {
            sequence.append((char) Integer.parseInt(code, 16));
        }
        return sequence.toString();
    }

    /**
     * The 8-bit code a character of a legacy-font run stands for, or -1. A .docx carries the code
     * as the Windows-1252 character of that byte, sometimes as the Latin-1 code point, and text in
     * a font Word treats as a symbol font as U+F000 plus the byte.
     */
    static int byteOf(char c) {
        if (c < 0x100) {
            return c;
        }
        if (c >= 0xF020 && c <= 0xF0FF) {
            return c - 0xF000;
        }
        Integer high = CP1252_HIGH.get(c);
        return high == null ? -1 : high;
    }

    /**
     * What a character the chart does not map stays as: itself, except that a private-use form
     * or a C1 control becomes the character the font draws for its byte, the Windows-1252 one
     * (U+F041 → "A", U+F093 and U+0093 → "“").
     */
    static char unmapped(char c, int code) {
        boolean byteForm = c >= 0x80 && c < 0xA0 || c >= 0xF000;
        if (code < 0 || !byteForm) {
            return c;
        }
        return code >= 0x80 && code < 0xA0 ? CP1252_CHARS[code - 0x80] : (char) code;
    }
}
