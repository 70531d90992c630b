package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.xmlbeans.XmlOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import vn.vanban.Examples;
import vn.vanban.model.Plan;
import vn.vanban.yaml.PlanLoader;

/** User text is data: neither template code nor markup in a plan does anything but print. */
class TemplateSafetyTest {

    private static final String EXECUTE = "${\"freemarker.template.utility.Execute\"?new()(\"id\")}";
    private static final String MARKUP = "</w:t></w:r></w:p><w:p><w:r><w:t>chèn & <b>đậm</b>";
    private static final String DIRECTIVE = "<#list 1..3 as so>${so?c}</#list> <@c.run \"x\"/>";

    @TempDir
    Path dir;

    @Test
    void templateCodeAndXmlInAPlanComeOutLiterally() throws Exception {
        String yaml = Files.readString(Examples.yaml(Examples.CAM_NGOC), StandardCharsets.UTF_8)
                .replace("luu: [VT, VH]", "luu: [VT, VH]\nket_luan:\n  - '" + EXECUTE.replace("'", "''") + "'\n  - '"
                        + MARKUP + "'\n  - '" + DIRECTIVE + "'\n")
                .replaceFirst("(?s)\nket_luan: >-\n.*?\n\n", "\n");
        Plan plan = PlanLoader.load("doc-hai.yaml", yaml).plan();
        byte[] docx = DocxRenderer.create(null).render(plan).docx();

        String text = Examples.text(docx);
        assertTrue(text.contains(EXECUTE), text);
        assertTrue(text.contains(MARKUP), text);
        assertTrue(text.contains(DIRECTIVE + "./."), text);
        String document = new String(Examples.parts(docx).get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(document.contains("&lt;/w:t&gt;&lt;/w:r&gt;&lt;/w:p&gt;"), "markup escaped");
        List<org.apache.xmlbeans.XmlError> errors = new ArrayList<>();
        assertTrue(DocumentDocument.Factory.parse(document).validate(new XmlOptions().setErrorListener(errors)), errors.toString());
    }

    @Test
    void aTemplateFromSomeoneElseCannotInstantiateClasses() throws Exception {
        Path marker = dir.resolve("da-chay");
        Path overrides = Files.createDirectories(dir.resolve("mau/nd30"));
        Files.writeString(overrides.resolve("ten-loai.ftlx"), "<#macro khoi t>${\"freemarker.template.utility.Execute\"?new()(\"touch "
                + marker + "\")}</#macro>\n");
        DocxRenderer renderer = DocxRenderer.create(dir.resolve("mau"));
        TemplateSet.TemplateFailure failure = assertThrows(TemplateSet.TemplateFailure.class,
                () -> renderer.render(Examples.plan(Examples.CAM_NGOC)));
        assertTrue(failure.userTemplates());
        assertTrue(failure.problem().source().endsWith("ten-loai.ftlx"), failure.problem().source());
        assertEquals(1, failure.problem().line());
        assertFalse(Files.exists(marker), "the command must not have run");
    }

    @Test
    void templatesSeeOnlyTheViewNotTheJavaObjectsBehindIt() throws Exception {
        Path overrides = Files.createDirectories(dir.resolve("mau/nd30"));
        for (String expression : new String[] {"t.getClass()", "t.class", "t.hashCode()", "t.subjectRule.equals(t)"}) {
            Files.writeString(overrides.resolve("ten-loai.ftlx"), "<#macro khoi t>${" + expression + "}</#macro>\n");
            DocxRenderer renderer = DocxRenderer.create(dir.resolve("mau"));
            assertThrows(TemplateSet.TemplateFailure.class, () -> renderer.render(Examples.plan(Examples.CAM_NGOC)),
                    expression);
        }
    }

    @Test
    void theApiBuiltInIsOff() throws Exception {
        Path overrides = Files.createDirectories(dir.resolve("mau/nd30"));
        Files.writeString(overrides.resolve("ten-loai.ftlx"), "<#macro khoi t>${t?api.getClass().getName()}</#macro>\n");
        DocxRenderer renderer = DocxRenderer.create(dir.resolve("mau"));
        assertThrows(TemplateSet.TemplateFailure.class, () -> renderer.render(Examples.plan(Examples.CAM_NGOC)));
    }
}
