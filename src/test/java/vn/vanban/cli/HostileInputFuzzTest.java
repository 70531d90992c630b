package vn.vanban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.vanban.Examples;
import vn.vanban.docx.TestDocx;

/**
 * Seeded random damage to the two example plans (YAML) and to their rendered .docx, run through
 * the commands that read them. Only what must hold for any input is asserted: the exit status is
 * 0, 1 or 2, never 3 (a fault in vanban); stderr has no stack trace; and nothing is half-written:
 * a run that fails leaves no file, a run that succeeds leaves a whole one, and no temporary file
 * is left either way. The seed is fixed, so a failure is repeatable; -Dvanban.fuzz.runs=N runs
 * more cases than the default, -Dvanban.fuzz.only=N the one case that failed (its number and
 * damage are in the message).
 */
class HostileInputFuzzTest {

    private static final long SEED = 20261202L;
    private static final int RUNS = Integer.getInteger("vanban.fuzz.runs", 60);
    /** -Dvanban.fuzz.only=N: damage as every run does, but run the commands on case N alone. */
    private static final int ONLY = Integer.getInteger("vanban.fuzz.only", -1);

    /** Bits of YAML and text that break a plan in many different ways. */
    private static final String[] YAML_PIECES = {": ", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "*b", "!!str ", "!!binary ",
        "!custom ", "|", ">-", "# ", "'", "\"", "\t", "\n", "\n  ", "\n- ", "\\u", "\"\\uD800\"", "%YAML 1.1\n", "---\n", "...\n",
        "? ", "<<: *a\n", "~", "null", "2023-02-30", "99999999999999999999", "-1", "1e400", ".nan", "yes", "\u2028", "\u0085",
        "\u0000", "\u001B", "\uFEFF", "Ầ\u0301", "${", "${nam", "${khong_co}", "<#list 1..3 as i>", "</w:t>", "&amp;", "x".repeat(5000)};

    /** Bits of OOXML that break a part in many different ways. */
    private static final String[] XML_PIECES = {"<", ">", "</w:p>", "<w:p>", "<w:r><w:t>", "</w:t></w:r>", "<w:tbl>", "</w:tc>",
        "w:val=\"\"", "w:val=\"-5\"", "w:val=\"99999999999\"", "w:val=\"abc\"", "<w:sz w:val=\"0\"/>", "<w:numPr><w:ilvl w:val=\"9\"/>"
            + "<w:numId w:val=\"77\"/></w:numPr>", "<w:pStyle w:val=\"Khong\"/>", "<w:basedOn w:val=\"Normal\"/>", "r:id=\"rId99\"",
        "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>", "&e;", "&#0;", "&#xD800;", "\u0000", "xmlns:w=\"urn:x\"",
        "<w:sectPr/>", "<w:pgSz w:w=\"0\" w:h=\"0\"/>", "<w:pgMar w:top=\"-99999\"/>", "<w:ind w:left=\"-1\" w:hanging=\"999999\"/>",
        "<w:br w:type=\"page\"/>", "<w:tab/>", "<w:fldSimple w:instr=\"PAGE\"/>", "<w:rFonts w:ascii=\".VnTime\"/>"};

    @TempDir
    Path dir;

    private Random random;

    private record Case(String what, byte[] bytes) {
    }

    @Test
    void damagedPlansAreRefusedOrRenderedNeverCrash() throws Exception {
        random = new Random(SEED);
        List<String> plans = new ArrayList<>();
        for (String name : Examples.names()) {
            plans.add(Files.readString(Examples.yaml(name), StandardCharsets.UTF_8));
        }
        for (int run = 0; run < RUNS * 2; run++) {
            String plan = plans.get(random.nextInt(plans.size()));
            Case damaged = damageText(plan, YAML_PIECES);
            Path file = input(run, "ke-hoach.yaml", damaged);
            if (file == null) {
                continue;
            }
            String label = "run " + run + ": " + damaged.what();
            Path docx = dir.resolve("ra.docx");
            CliRun render = CliRun.of("render", file.toString(), "-o", docx.toString());
            assertSound(label + " [render]", render, Set.of(ExitCode.OK, ExitCode.BAD_INPUT), docx, this::isDocx);
            Path next = dir.resolve("nam-sau.yaml");
            CliRun nextYear = CliRun.of("next-year", file.toString(), "-o", next.toString());
            assertSound(label + " [next-year]", nextYear, Set.of(ExitCode.OK, ExitCode.BAD_INPUT), next, HostileInputFuzzTest::isText);
            // The kind follows the run, so that the random damage of every case stays what it was.
            String kind = List.of("QĐ", "BC", "CV").get(run % 3);
            Path companion = dir.resolve("di-kem.yaml");
            CliRun written = CliRun.of("companion", file.toString(), "--loai", kind, "-o", companion.toString());
            assertSound(label + " [companion " + kind + "]", written, Set.of(ExitCode.OK, ExitCode.BAD_INPUT), companion,
                    HostileInputFuzzTest::isText);
        }
    }

    @Test
    void damagedDocumentsAreCheckedOrRefusedNeverCrash() throws Exception {
        random = new Random(SEED + 1);
        List<byte[]> documents = new ArrayList<>();
        for (String name : Examples.names()) {
            documents.add(Examples.docx(name));
        }
        for (int run = 0; run < RUNS; run++) {
            byte[] docx = documents.get(random.nextInt(documents.size()));
            Case damaged = random.nextInt(4) == 0 ? damageBytes(docx) : damagePart(docx);
            Path file = input(run, "van-ban.docx", damaged);
            if (file == null) {
                continue;
            }
            String label = "run " + run + ": " + damaged.what();
            CliRun check = CliRun.of("check", file.toString());
            assertSound(label + " [check]", check, Set.of(ExitCode.OK, ExitCode.FINDINGS, ExitCode.BAD_INPUT), null, null);
            Path yaml = dir.resolve("nhap.yaml");
            CliRun imported = CliRun.of("import", file.toString(), "-o", yaml.toString());
            assertSound(label + " [import]", imported, Set.of(ExitCode.OK, ExitCode.BAD_INPUT), yaml, HostileInputFuzzTest::isText);
        }
    }

    /**
     * The damaged input of a run as the only file in the folder, or null when -Dvanban.fuzz.only
     * names another run; the one run named is kept in target/ too, to open by hand.
     */
    private Path input(int run, String name, Case damaged) throws Exception {
        if (ONLY >= 0 && run != ONLY) {
            return null;
        }
        if (ONLY >= 0) {
            Files.write(Path.of("target", "fuzz-" + run + "-" + name), damaged.bytes());
        }
        return fresh(name, damaged.bytes());
    }

    /** The input as the only file in the folder: outputs of the run before are gone. */
    private Path fresh(String name, byte[] bytes) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path old : files.toList()) {
                Files.delete(old);
            }
        }
        return Files.write(dir.resolve(name), bytes);
    }

    private interface Whole {
        boolean test(byte[] bytes) throws Exception;
    }

    private void assertSound(String label, CliRun run, Set<Integer> allowed, Path output, Whole whole) throws Exception {
        String report = label + "\nexit " + run.exitCode() + "\n" + run.err();
        if (!allowed.contains(run.exitCode())) {
            fail("exit status not in " + allowed + ": " + report);
        }
        assertTrue(!run.err().contains("\tat ") && !run.err().contains("Exception") && !run.err().contains("lỗi nội bộ"),
                "stack trace or internal error: " + report);
        try (Stream<Path> files = Files.list(dir)) {
            List<String> temporary = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
            assertEquals(List.of(), temporary, "temporary file left: " + report);
        }
        if (output == null) {
            return;
        }
        boolean written = Files.exists(output);
        if (run.exitCode() == ExitCode.OK) {
            assertTrue(written && whole.test(Files.readAllBytes(output)), "no whole output after exit 0: " + report);
        } else {
            assertTrue(!written, "output written by a failed run: " + report);
        }
    }

    private boolean isDocx(byte[] bytes) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            return document.getParagraphs().size() > 0;
        } catch (Exception e) {
            return false;
        }
    }

    private static boolean isText(byte[] bytes) {
        return bytes.length > 0 && new String(bytes, StandardCharsets.UTF_8).contains("\n");
    }

    // ------------------------------------------------------------------ damage

    private Case damageText(String text, String[] pieces) {
        StringBuilder what = new StringBuilder();
        String damaged = text;
        int edits = 1 + random.nextInt(3);
        for (int i = 0; i < edits; i++) {
            int at = random.nextInt(damaged.length() + 1);
            switch (random.nextInt(6)) {
                case 0 -> {
                    int end = Math.min(damaged.length(), at + 1 + random.nextInt(200));
                    what.append("delete ").append(at).append("..").append(end).append("; ");
                    damaged = damaged.substring(0, at) + damaged.substring(end);
                }
                case 1 -> {
                    int end = Math.min(damaged.length(), at + 1 + random.nextInt(400));
                    int to = random.nextInt(damaged.length() + 1);
                    what.append("copy ").append(at).append("..").append(end).append(" to ").append(to).append("; ");
                    damaged = damaged.substring(0, to) + damaged.substring(at, end) + damaged.substring(to);
                }
                case 2 -> {
                    what.append("cut at ").append(at).append("; ");
                    damaged = damaged.substring(0, at);
                }
                default -> {
                    String piece = pieces[random.nextInt(pieces.length)];
                    what.append("insert ").append(describe(piece)).append(" at ").append(at).append("; ");
                    damaged = damaged.substring(0, at) + piece + damaged.substring(at);
                }
            }
        }
        return new Case(what.toString(), damaged.getBytes(StandardCharsets.UTF_8));
    }

    private Case damagePart(byte[] docx) {
        Map<String, byte[]> parts = new LinkedHashMap<>(TestDocx.unzip(docx));
        List<String> xml = parts.keySet().stream().filter(n -> n.endsWith(".xml") || n.endsWith(".rels")).toList();
        String part = random.nextDouble() < 0.5 ? "word/document.xml" : xml.get(random.nextInt(xml.size()));
        String text = new String(parts.get(part), StandardCharsets.UTF_8);
        Case damaged = damageText(text, XML_PIECES);
        if (random.nextInt(10) == 0) {
            parts.remove(xml.get(random.nextInt(xml.size())));
        }
        parts.put(part, damaged.bytes());
        return new Case(part + ": " + damaged.what(), TestDocx.zip(parts));
    }

    private Case damageBytes(byte[] docx) {
        byte[] damaged = docx.clone();
        int flips = 1 + random.nextInt(8);
        StringBuilder what = new StringBuilder("bytes:");
        for (int i = 0; i < flips; i++) {
            int at = random.nextInt(damaged.length);
            damaged[at] = (byte) random.nextInt(256);
            what.append(' ').append(at);
        }
        return new Case(what.toString(), damaged);
    }

    private static String describe(String piece) {
        String shown = piece.length() > 20 ? piece.substring(0, 20) + "…(" + piece.length() + ")" : piece;
        return "'" + shown.replace("\n", "\\n").replace("\t", "\\t") + "'";
    }
}
