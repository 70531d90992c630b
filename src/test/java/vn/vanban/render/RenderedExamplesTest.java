package vn.vanban.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.docx4j.openpackaging.packages.WordprocessingMLPackage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openxmlformats.schemas.officeDocument.x2006.extendedProperties.PropertiesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.DocumentDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FontsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.HdrDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;
import org.openxmlformats.schemas.xpackage.x2006.relationships.RelationshipsDocument;
import vn.vanban.Examples;
import vn.vanban.TextSimilarity;
import vn.vanban.model.Block;

/** Each example, rendered: the seed's words, valid OOXML, readable by two other libraries, stable bytes. */
class RenderedExamplesTest {

    @Test
    void bothExamplesArePresent() {
        assertEquals(List.of(Examples.CAM_NGOC, Examples.HAI_DUONG), Examples.names(),
                "both examples of issue 2 must exist");
    }

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#names")
    void everyWordOfTheSeedIsInTheDocument(String name) throws Exception {
        String seed = Files.readString(Examples.seed(name), StandardCharsets.UTF_8);
        String rendered = Examples.text(Examples.docx(name));
        TextSimilarity.assertSimilar(name, seed, rendered, 0.98);
    }

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void everyPartValidatesAgainstTheEcma376Schemas(String name) throws Exception {
        Map<String, byte[]> parts = Examples.parts(Examples.docx(name));
        List<String> validated = new ArrayList<>();
        for (Map.Entry<String, byte[]> part : parts.entrySet()) {
            XmlObject xml = parse(part.getKey(), part.getValue());
            if (xml == null) {
                continue;
            }
            List<XmlError> errors = new ArrayList<>();
            boolean valid = xml.validate(new XmlOptions().setErrorListener(errors));
            assertTrue(valid && errors.isEmpty(), () -> name + " " + part.getKey() + ": " + errors);
            validated.add(part.getKey());
        }
        assertTrue(validated.containsAll(List.of("word/document.xml", "word/styles.xml", "word/settings.xml",
                "word/fontTable.xml", "word/header1.xml", "word/header2.xml", "docProps/app.xml", "_rels/.rels",
                "word/_rels/document.xml.rels")), () -> "not validated: " + validated);
    }

    /** The validation above must be able to fail: an element the schema does not allow is caught. */
    @Test
    void schemaValidationCatchesAnElementOutOfPlace() throws Exception {
        String document = new String(Examples.parts(Examples.docx(Examples.CAM_NGOC)).get("word/document.xml"),
                StandardCharsets.UTF_8).replaceFirst("<w:p>", "<w:p><w:r><w:pPr/></w:r>");
        XmlObject xml = parse("word/document.xml", document.getBytes(StandardCharsets.UTF_8));
        assertFalse(xml.validate(new XmlOptions().setErrorListener(new ArrayList<>())));
    }

    /** [Content_Types].xml and docProps/core.xml have no schema types in POI; POI's OPC reader enforces their rules. */
    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void packageAndCorePropertiesAreReadByPoisOpcReader(String name) throws Exception {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(Examples.docx(name)))) {
            PackageProperties core = pkg.getPackageProperties();
            assertTrue(core.getTitleProperty().orElse("").startsWith(Examples.plan(name).kind().displayName() + " "),
                    core.getTitleProperty().orElse(""));
            assertTrue(core.getTitleProperty().orElse("").contains("phòng, chống mại dâm"));
            assertTrue(core.getCreatorProperty().orElse("").startsWith("Ủy ban nhân dân "));
            assertEquals(Examples.plan(name).date() == null, core.getCreatedProperty().isEmpty());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void docx4jAndPoiLoadTheDocument(String name) throws Exception {
        byte[] docx = Examples.docx(name);
        WordprocessingMLPackage docx4j = WordprocessingMLPackage.load(new ByteArrayInputStream(docx));
        assertNotNull(docx4j.getMainDocumentPart().getStyleDefinitionsPart());
        assertFalse(docx4j.getMainDocumentPart().getContent().isEmpty());
        try (XWPFDocument poi = new XWPFDocument(new ByteArrayInputStream(docx))) {
            long tablesOfTargets = Examples.plan(name).parts().stream().flatMap(p -> p.blocks().stream())
                    .filter(b -> b instanceof Block.Targets).count();
            assertEquals(2 + tablesOfTargets, poi.getTables().size(), "header table, tables of targets, closing table");
            assertEquals(2, poi.getHeaderList().size(), "page-number header and empty first-page header");
        }
    }

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void theSamePlanGivesTheSameBytes(String name) throws Exception {
        DocxRenderer fresh = DocxRenderer.create(null);
        assertArrayEquals(Examples.docx(name), fresh.render(Examples.plan(name)).docx());
    }

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void allTextIsNfc(String name) {
        for (Map.Entry<String, byte[]> part : Examples.parts(Examples.docx(name)).entrySet()) {
            String xml = new String(part.getValue(), StandardCharsets.UTF_8);
            assertTrue(Normalizer.isNormalized(xml, Normalizer.Form.NFC), part.getKey());
        }
    }

    @ParameterizedTest
    @MethodSource("vn.vanban.Examples#documents")
    void rendersWithoutLayoutWarnings(String name) {
        assertEquals(List.of(), Examples.renderer().render(Examples.plan(name)).warnings());
    }

    private static XmlObject parse(String partName, byte[] bytes) throws Exception {
        ByteArrayInputStream in = new ByteArrayInputStream(bytes);
        return switch (partName) {
            case "word/document.xml" -> DocumentDocument.Factory.parse(in);
            case "word/styles.xml" -> StylesDocument.Factory.parse(in);
            case "word/settings.xml" -> SettingsDocument.Factory.parse(in);
            case "word/fontTable.xml" -> FontsDocument.Factory.parse(in);
            case "docProps/app.xml" -> PropertiesDocument.Factory.parse(in);
            default -> partName.matches("word/header\\d+\\.xml") ? HdrDocument.Factory.parse(in)
                    : partName.endsWith(".rels") ? RelationshipsDocument.Factory.parse(in) : null;
        };
    }
}
