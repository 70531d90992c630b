package vn.vanban.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import vn.vanban.Examples;

/**
 * LibreOffice and poppler for the tests that need a real office suite. They run in CI, which
 * installs both (.ci/run): a machine without them FAILS those tests, so that a missing install
 * step cannot pass for a green build. A developer without LibreOffice sets VANBAN_SKIP_OFFICE=1
 * to skip them instead.
 */
public final class OfficeForTests {

    public static final String SKIP_VARIABLE = "VANBAN_SKIP_OFFICE";

    private static final Map<String, byte[]> CONVERTED = new HashMap<>();
    private static PdfConverter converter;

    private OfficeForTests() {
    }

    /** The soffice the tests use; skips only when VANBAN_SKIP_OFFICE=1, fails when LibreOffice is missing. */
    public static Path soffice() {
        Assumptions.assumeFalse("1".equals(System.getenv(SKIP_VARIABLE)),
                SKIP_VARIABLE + "=1: the tests that need LibreOffice are skipped");
        try {
            return OfficeLocator.forThisMachine().locate();
        } catch (OfficeMissingException e) {
            return fail(String.join("\n", e.lines())
                    + "\nThis test needs LibreOffice (.ci/run installs it); set " + SKIP_VARIABLE + "=1 to skip it instead.");
        }
    }

    /** A locator that finds no LibreOffice: no VANBAN_SOFFICE, no PATH, no usual places. */
    public static OfficeLocator nowhere() {
        return new OfficeLocator(Map.of(), false, List.of());
    }

    /** The example rendered and converted once per test run, shared by the test classes. */
    public static synchronized byte[] pdf(String example) {
        Path soffice = soffice();
        if (converter == null) {
            // Never closed explicitly: its shutdown hook removes the profile when the test JVM ends.
            converter = PdfConverter.create(soffice, PdfConverter.Limits.DEFAULT);
        }
        return CONVERTED.computeIfAbsent(example, name -> {
            try {
                return converter.convert(Examples.docx(name));
            } catch (ConversionException e) {
                throw new AssertionError(name + ": " + e.getMessage(), e);
            }
        }).clone();
    }

    /** Runs a poppler tool (pdftotext, pdffonts) on a PDF and returns what it printed. */
    public static String poppler(String tool, byte[] pdf, String... options) {
        soffice();
        try {
            Path file = Files.createTempFile("vanban-test-", ".pdf");
            try {
                Files.write(file, pdf);
                List<String> command = new java.util.ArrayList<>();
                command.add(tool);
                command.addAll(List.of(options));
                command.add(file.toString());
                if (tool.equals("pdftotext")) {
                    command.add("-");
                }
                Process process;
                try {
                    process = new ProcessBuilder(command).redirectErrorStream(true).start();
                } catch (IOException e) {
                    return fail(tool + " is missing (apt-get install poppler-utils; .ci/run installs it): " + e.getMessage());
                }
                process.getOutputStream().close();
                ByteArrayOutputStream output = new ByteArrayOutputStream();
                try (InputStream in = process.getInputStream()) {
                    in.transferTo(output);
                }
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    fail(tool + " did not finish");
                }
                String text = output.toString(StandardCharsets.UTF_8);
                assertEquals(0, process.exitValue(), () -> tool + ": " + text);
                return text;
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
