package vn.vanban.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import vn.vanban.Examples;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * No SnakeYAML English reaches the clerk: the broken inputs of a table, and every line of the
 * example plans broken in the ways a hand-typed file breaks, give Vietnamese at a line and column.
 */
class SyntaxMessagesTest {

    /** SnakeYAML's vocabulary; none of it belongs in a clerk's message. */
    private static final Pattern ENGLISH = Pattern.compile(
            "\\b(expected|found|while|scanning|parsing|cannot|allowed|token|character|but|got|stream|document|"
                    + "indentation|mapping|sequence|node|could|simple|block end|escape|directive|anchor|alias|tag|"
                    + "incoming|limit|exceeds?|Nesting|Global|TAB)\\b");

    private static Problem syntaxProblem(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> YamlTree.parse("a.yaml", text));
        assertEquals(1, e.problems().size(), e.problems().toString());
        return e.problems().get(0);
    }

    private static void assertVietnamese(String input, Problem p) {
        assertFalse(ENGLISH.matcher(p.message()).find(), "SnakeYAML's English reached the clerk for «" + input + "»: "
                + p.message());
    }

    /** Each: the input, the line and column of the problem, and what its message says. */
    static Stream<Arguments> brokenInputs() {
        return Stream.of(
                row("a: 1\n\tb: 2\n | 2 | 1 | tab"),
                row("a:\n\t- x\n | 2 | 1 | tab"),
                row("a: @b\n | 1 | 4 | không được đứng đầu một giá trị"),
                row("a: `b`\n | 1 | 4 | không được đứng đầu một giá trị"),
                row("a: b: c\n | 1 | 5 | dấu ':' không đúng chỗ"),
                row("a: [1, 2\n | 2 | 1 | danh sách [...] chưa đóng"),
                row("a: {b: 1\n | 2 | 1 | nhóm {...} chưa đóng"),
                row("a: \"b\n | 2 | 1 | dấu nháy"),
                row("a: \"b\\q\"\n | 1 | 7 | dấu '\\' phải đi với"),
                row("a: \"b\\x4\"\n | 1 | 8 | dấu '\\' phải đi với"),
                row("a: * b\n | 1 | 5 | bí danh"),
                row("a: & b\n | 1 | 5 | bí danh"),
                row("a: *b\n | 1 | 4 | bí danh (*) chưa được định nghĩa"),
                row("a: !<x y\n | 1 | 7 | thẻ kiểu"),
                row("a: !x!y b\n | 1 | 4 | thẻ kiểu"),
                row("a: |x\n  b\n | 1 | 5 | sau dấu '|' hoặc '>'"),
                row("a: |0\n  b\n | 1 | 5 | sau dấu '|' hoặc '>'"),
                row("a: >- b\n | 1 | 7 | chữ thừa sau dấu '|' hoặc '>'"),
                row("%YAML x\na: 1\n | 1 | 7 | chỉ thị"),
                row("%YAML 1.1\n%YAML 1.1\n---\na: 1\n | 2 | 1 | chỉ thị"),
                row("%YAML 2.0\n---\na: 1\n | 1 | 1 | chỉ thị"),
                row("a: 1\n---\nb: 2\n | 2 | 1 | một văn bản YAML"),
                row("a: 1\n...\nb\n | 3 | 1 | chữ sau dòng '...'"),
                row("a: 1\n- b\n | 2 | 1 | thụt lề không đúng"),
                row("a:\n  - b\n  c: 1\n | 3 | 3 | thụt lề không đúng"),
                row("a: [b, , c]\n | 1 | 8 | thiếu giá trị"),
                row("a: \"b\n---\nc\"\n | 2 | 1 | dòng '---' hoặc '...'"),
                row("a:\n  b\n c: 1\n | 3 | 3 | dấu ':' không đúng chỗ"),
                row("%TAG !a! x\n%TAG !a! y\n---\na: 1\n | 2 | 1 | chỉ thị"),
                row("a: - b\n | 1 | 4 | gạch đầu dòng"),
                row("a\nb: 1\n | 2 | 2 | dấu ':' không đúng chỗ"),
                row("[a, b]]\n | 1 | 7 | ký tự thừa"));
    }

    private static Arguments row(String spec) {
        String[] parts = spec.split(" \\| ");
        return Arguments.of(parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3]);
    }

    @ParameterizedTest
    @MethodSource("brokenInputs")
    void aBrokenInputIsToldInVietnameseWhereItBreaks(String input, int line, int column, String says) {
        Problem p = syntaxProblem(input);
        assertVietnamese(input, p);
        assertTrue(p.message().startsWith(SyntaxMessages.PREFIX) && p.message().contains(says), p.message());
        assertEquals(line, p.line(), p.format());
        assertEquals(column, p.column(), p.format());
    }

    @Test
    void aTabThatIndentsSaysToUseSpaces() {
        Problem p = syntaxProblem("noi_dung:\n\t- tieu_de: Mục tiêu\n");
        assertEquals("a.yaml:2:1: lỗi cú pháp YAML: dòng này thụt lề bằng ký tự tab, YAML không cho phép; hãy thay mỗi tab"
                + " ở đầu dòng bằng dấu cách (thường 2 dấu cách một cấp, thẳng cột với các khóa cùng cấp)", p.format());
    }

    @Test
    void aProblemSnakeYamlMayAddIsStillVietnamese() {
        String message = SyntaxMessages.translate("some future problem, expected a thing but found another");
        assertTrue(message.startsWith(SyntaxMessages.PREFIX), message);
        assertFalse(ENGLISH.matcher(message).find(), message);
        assertFalse(ENGLISH.matcher(SyntaxMessages.translate((String) null)).find());
    }

    /** The ways a hand-typed line breaks: a tab, a stray or unclosed bracket or quote, a character YAML reserves. */
    private static final List<UnaryOperator<String>> BREAKS = List.of(
            line -> "\t" + line,
            line -> line.replaceFirst("^( *)", "$1\t"),
            line -> line + " ]",
            line -> line + " }",
            line -> line.replaceFirst(": ", ": [").replaceFirst("- ", "- ["),
            line -> line.replaceFirst(": ", ": {").replaceFirst("- ", "- {"),
            line -> line.replaceFirst(": ", ": \"").replaceFirst("- ", "- \""),
            line -> line.replaceFirst(": ", ": '"),
            line -> line.replaceFirst(": ", ": @"),
            line -> line.replaceFirst(": ", ": `"),
            line -> line.replaceFirst(": ", ": * ").replaceFirst("- ", "- * "),
            line -> line.replaceFirst(": ", ": & "),
            line -> line.replaceFirst(": ", ": !x!y "),
            line -> line.replaceFirst(": ", ": |x "),
            line -> line.replaceFirst(": ", ": \"\\q"),
            line -> line.replaceFirst(": ", ": a: b "),
            line -> line.replaceFirst("- ", "- - a: - "),
            line -> line.replace(":", ""),
            line -> " " + line,
            line -> line.replaceFirst("^  ", ""),
            line -> "%" + line,
            line -> "--- " + line,
            line -> "... " + line,
            line -> "? " + line);

    @Test
    void everyLineOfTheExamplesBrokenEveryWayIsToldInVietnamese() throws Exception {
        int broken = 0;
        int general = 0;
        for (String name : List.of(Examples.DECISION)) {
            String[] lines = Files.readString(Examples.yaml(name), StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                for (UnaryOperator<String> breakLine : BREAKS) {
                    List<String> copy = new ArrayList<>(List.of(lines));
                    copy.set(i, breakLine.apply(lines[i]));
                    String text = String.join("\n", copy);
                    try {
                        YamlTree.parse(name + ".yaml", text);
                    } catch (InvalidInputException e) {
                        for (Problem p : e.problems()) {
                            assertVietnamese(copy.get(i), p);
                            assertTrue(p.line() >= 1 && p.column() >= 1, p.format());
                            broken++;
                            if (p.message().equals(SyntaxMessages.translate("?"))) {
                                general++;
                            }
                        }
                    }
                }
            }
        }
        assertTrue(broken > 500, "the breaks broke " + broken + " files");
        // The general message is for what SnakeYAML may add; what it reports today has its own words.
        assertEquals(0, general, "general messages: " + general + " of " + broken);
    }
}
