package vn.vanban;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import vn.vanban.model.Plan;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.render.DocxRenderer;
import vn.vanban.yaml.PlanLoader;

/** The project's examples and seeds, rendered in-process, for tests of every package. */
public final class Examples {

    public static final String CAM_NGOC = "cam-ngoc-2023-phong-chong-mai-dam";
    public static final String HAI_DUONG = "hai-duong-2023-phong-chong-mai-dam";

    /** Which seed each example reproduces. */
    public static final Map<String, String> SEEDS = Map.of(
            CAM_NGOC, "000_d1386787e304f2ae.txt",
            HAI_DUONG, "001_965fc70107bf3a94.txt");

    private static final Map<String, byte[]> RENDERED = new HashMap<>();
    private static DocxRenderer renderer;

    private Examples() {
    }

    /** The documents around the Hải Dương plan: its Quyết định, its Công văn, its Báo cáo. */
    public static final String DECISION = "hai-duong-2023-quyet-dinh-ban-hanh-ke-hoach";
    public static final String LETTER = "hai-duong-2023-cong-van-trien-khai";
    public static final String REPORT = "hai-duong-2023-bao-cao-ket-qua";

    /** Every example document: the two plans and the three documents around a plan. */
    public static List<String> documents() {
        List<String> all = new ArrayList<>(names());
        all.addAll(List.of(DECISION, LETTER, REPORT));
        return all;
    }

    /** The examples present in this checkout (the list grows as examples land). */
    public static List<String> names() {
        List<String> names = new ArrayList<>();
        for (String name : List.of(CAM_NGOC, HAI_DUONG)) {
            if (Files.exists(yaml(name))) {
                names.add(name);
            }
        }
        return names;
    }

    public static Path yaml(String name) {
        return Path.of("examples", name + ".yaml");
    }

    /**
     * The seed: the real 2023 plan the example reproduces, as text. A copy is kept in the test
     * resources so that the comparison needs nothing outside the checkout.
     */
    public static Path seed(String name) {
        return Path.of("src/test/resources/seeds", SEEDS.get(name));
    }

    public static Plan plan(String name) {
        try {
            return PlanLoader.load(yaml(name)).plan();
        } catch (InvalidInputException e) {
            throw new AssertionError(e.problems().toString(), e);
        }
    }

    public static synchronized DocxRenderer renderer() {
        if (renderer == null) {
            try {
                renderer = DocxRenderer.create(null);
            } catch (InvalidInputException e) {
                throw new AssertionError(e.problems().toString(), e);
            }
        }
        return renderer;
    }

    /** The example rendered once per test run and shared. */
    public static synchronized byte[] docx(String name) {
        return RENDERED.computeIfAbsent(name, n -> renderer().render(plan(n)).docx()).clone();
    }

    /** Every part of a package by name. */
    public static Map<String, byte[]> parts(byte[] docx) {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                parts.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /**
     * The same parts in the same order, byte for byte once inflated. The packages themselves may
     * differ: a batch deflates a spliced document.xml in segments. Reading through ZipInputStream
     * also checks each part's CRC and sizes.
     */
    public static void assertSameParts(byte[] expected, byte[] actual, String message) {
        Map<String, byte[]> want = parts(expected);
        Map<String, byte[]> got = parts(actual);
        assertEquals(List.copyOf(want.keySet()), List.copyOf(got.keySet()), message);
        want.forEach((name, content) -> assertArrayEquals(content, got.get(name), message + ": " + name));
    }

    /** The text of the document body in reading order, tables included, one paragraph per line. */
    public static String text(byte[] docx) {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            StringBuilder text = new StringBuilder();
            paragraphs(document.getBodyElements()).forEach(p -> text.append(p.getText()).append('\n'));
            return text.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The paragraphs of a body in reading order, those in table cells included. */
    public static List<XWPFParagraph> paragraphs(List<IBodyElement> elements) {
        List<XWPFParagraph> paragraphs = new ArrayList<>();
        for (IBodyElement element : elements) {
            if (element instanceof XWPFParagraph paragraph) {
                paragraphs.add(paragraph);
            } else if (element instanceof XWPFTable table) {
                for (XWPFTableRow row : table.getRows()) {
                    for (XWPFTableCell cell : row.getTableCells()) {
                        paragraphs.addAll(paragraphs(cell.getBodyElements()));
                    }
                }
            }
        }
        return paragraphs;
    }
}
