package vn.vanban.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.vanban.nd30.Label;

/**
 * Reads a plan typed or copied as plain text into paragraphs. Two shapes are met in practice:
 * one paragraph per line with blank lines between (text copied out of Word, with "**" around bold
 * text as some converters write it), and text hard-wrapped at a fixed width, as a PDF or web page
 * gives it when copied. Table cells copied that way are separated by a line holding only "|".
 */
final class TextSource {

    private static final Pattern RULE = Pattern.compile("^[-_=–—~*.\\s]{3,}$");
    private static final String CELL_SEPARATOR = "|";
    private static final Set<String> CONNECTORS = Set.of("và", "của", "các", "với", "về", "trong", "cho", "theo",
            "tại", "để", "là", "những", "hoặc", "hay", "trên", "từ", "đến", "được", "số", "ngày", "thuộc", "nhằm");

    /** A non-blank line of the file, with what the file says of it. */
    private record Line(int number, String text, Boolean bold, boolean boundary, boolean afterBlank) {
    }

    private final List<Line> lines = new ArrayList<>();
    private int width;
    private boolean shortFirstLines;

    private TextSource() {
    }

    static Source read(String name, byte[] bytes) {
        return read(name, decode(bytes));
    }

    static Source read(String name, String text) {
        TextSource reader = new TextSource();
        reader.split(text);
        return new Source(name, Source.Kind.TEXT, reader.paragraphs());
    }

    /**
     * UTF-8 (a byte-order mark is dropped), UTF-16 with its byte-order mark (Notepad's "Unicode");
     * otherwise Windows-1252, which is how 8-bit legacy text arrives.
     */
    static String decode(byte[] bytes) {
        return unicode(bytes).orElseGet(() -> eightBit(bytes));
    }

    /** 8-bit text as Windows-1252, the form in which TCVN3 and VNI bytes are decoded. */
    static String eightBit(byte[] bytes) {
        return new String(bytes, Charset.forName("windows-1252"));
    }

    /** The text when the bytes are UTF-8 or UTF-16 with a byte-order mark; empty otherwise. */
    static Optional<String> unicode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_16).replace("\uFEFF", ""));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether 8-bit text is typed in TCVN3 or VNI, which the reader decodes line by line: most of
     * its lines beyond ASCII must read as one of them. Text in another code page has a line or
     * two that happen to (Windows-1258's "ò" is a TCVN3 code).
     */
    static boolean isLegacy(String text) {
        int eightBit = 0;
        int legacy = 0;
        for (String line : text.lines().toList()) {
            if (line.chars().anyMatch(c -> c > 0x7F)) {
                eightBit++;
                if (LegacyEncoding.detect(line).isPresent()) {
                    legacy++;
                }
            }
        }
        return legacy * 2 > eightBit;
    }

    private void split(String content) {
        String[] raw = content.split("\\R", -1);
        boolean bold = false;
        boolean boundary = false;
        boolean afterBlank = false;
        for (int i = 0; i < raw.length; i++) {
            String text = TextDecoding.toUnicode(raw[i], null).strip();
            if (text.isEmpty()) {
                afterBlank = true;
                continue;
            }
            if (text.equals(CELL_SEPARATOR)) {
                boundary = true;
                continue;
            }
            boolean opens = text.startsWith("**");
            boolean closes = text.endsWith("**") && (!opens || text.length() >= 4);
            Boolean lineBold = bold || opens ? Boolean.TRUE : null;
            text = text.replace("**", "").strip();
            if (opens && !closes) {
                bold = true;
            } else if (closes) {
                bold = false;
            }
            if (text.isEmpty()) {
                continue;
            }
            if (RULE.matcher(text).matches()) {
                // A drawn rule under the header: no text, but it ends what is above it.
                boundary = true;
                continue;
            }
            lines.add(new Line(i + 1, collapse(text), lineBold, boundary, afterBlank));
            boundary = false;
            afterBlank = false;
        }
        int[] lengths = lines.stream().mapToInt(l -> l.text().length()).sorted().toArray();
        width = lengths.length == 0 ? 0 : lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
        shortFirstLines = firstLinesAreShort();
    }

    private List<SourceParagraph> paragraphs() {
        long blanks = lines.stream().filter(Line::afterBlank).count();
        boolean hardWrapped = blanks * 3 < lines.size();
        List<SourceParagraph> out = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            if (!current.isEmpty() && continues(current, line, hardWrapped)) {
                current.add(line);
                continue;
            }
            flush(current, out);
            current = new ArrayList<>(List.of(line));
        }
        flush(current, out);
        return out;
    }

    private static void flush(List<Line> current, List<SourceParagraph> out) {
        if (current.isEmpty()) {
            return;
        }
        StringBuilder text = new StringBuilder();
        for (Line line : current) {
            if (text.length() > 0) {
                text.append(' ');
            }
            text.append(line.text());
        }
        Line first = current.get(0);
        out.add(new SourceParagraph(first.number(), collapse(text.toString()), null, first.bold(), null, null, null,
                first.boundary()));
    }

    /** Whether a line goes on with the paragraph of the lines before it rather than starting one. */
    private boolean continues(List<Line> paragraph, Line line, boolean hardWrapped) {
        if (line.boundary()) {
            return false;
        }
        Line previous = paragraph.get(paragraph.size() - 1);
        String before = previous.text();
        String text = line.text();
        Label marker = Label.of(text);
        Label opening = Label.of(paragraph.get(0).text());
        boolean sentenceEnd = before.matches(".*[.:;!?]$") || before.endsWith("./.");
        if (!hardWrapped || line.afterBlank()) {
            // One paragraph per line: only a paragraph cut in two (by a page break) is put back together.
            return marker == null && startsLower(text) && !sentenceEnd;
        }
        if (opening != null && opening.kind() == Label.Kind.SECTION && upperCase(paragraph.get(0).text())) {
            return marker == null && upperCase(text);
        }
        if (marker != null) {
            // "Sở Lao động" / "- Thương binh và Xã hội": a dash that only continues a name cut at the line end.
            return marker.kind() == Label.Kind.DASH && (startsLower(marker.rest())
                    || paragraph.size() == 1 && opening == null && endsInWord(before) && !upperCase(before));
        }
        if (startsLower(text) || Character.isDigit(text.codePointAt(0)) && !sentenceEnd) {
            return true;
        }
        boolean full = before.length() >= width * 3 / 4;
        if (paragraph.size() > 1) {
            return full;
        }
        // A first line: short in a file whose first lines are indented, so its length says nothing.
        if (endsWithConnector(before)) {
            return true;
        }
        if (sentenceEnd || upperCase(before) || upperCase(text)) {
            return false;
        }
        return shortFirstLines ? text.length() >= width * 3 / 4 : full;
    }

    /**
     * Whether paragraphs start with a shorter line than the ones that follow, as text copied from
     * a page with first-line indents is: measured on lines that plainly start a paragraph (a
     * marker in front, a lower-case continuation after).
     */
    private boolean firstLinesAreShort() {
        int shortOnes = 0;
        int all = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Label marker = Label.of(lines.get(i).text());
            if (marker != null && marker.kind() != Label.Kind.SECTION && startsLower(lines.get(i + 1).text())) {
                all++;
                if (lines.get(i).text().length() < width * 3 / 4) {
                    shortOnes++;
                }
            }
        }
        return all >= 3 && shortOnes * 3 >= all * 2;
    }

    private static boolean endsWithConnector(String text) {
        if (text.endsWith(",") || text.endsWith("-") || text.endsWith("(")) {
            return true;
        }
        String[] words = text.split("\\s+");
        return CONNECTORS.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
    }

    private static boolean endsInWord(String text) {
        return Character.isLetterOrDigit(text.codePointBefore(text.length()));
    }

    static boolean startsLower(String text) {
        return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
    }

    /** Every letter upper case, and at least two letters. */
    static boolean upperCase(String text) {
        int letters = 0;
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (Character.isLowerCase(cp)) {
                    return false;
                }
                letters++;
            }
        }
        return letters >= 2;
    }

    static String collapse(String text) {
        return String.join(" ", Arrays.stream(text.strip().split("[\\s\\u00A0]+")).filter(s -> !s.isEmpty()).toList());
    }
}
