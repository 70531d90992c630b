package vn.vanban.docx;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The parts of an Open Packaging Conventions ZIP (ECMA-376 Part 2) as the JDK reads them: a
 * part's content type from [Content_Types].xml, its relationships from the _rels folder beside
 * it, relationship targets resolved as OPC resolves them, and XML parts parsed into DOM
 * elements with DTDs refused (no external entities, no entity expansion). Part names compare
 * without regard to case, as in OPC. {@link PackageLimits} has bounded every XML part before
 * this reads one.
 */
final class PackageParts {

    static final String CORRUPT_XML = "tệp .docx bị hỏng: nội dung XML bên trong không hợp lệ";
    static final String CORRUPT_PACKAGE = "tệp .docx bị hỏng: không đọc được tệp nén ZIP hoặc nội dung XML bên trong";
    static final String NO_CONTENT_TYPES = "tệp nén ZIP nhưng không phải văn bản Word .docx (thiếu [Content_Types].xml)";

    private static final String CONTENT_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";
    private static final String RELATIONSHIPS = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static final DocumentBuilderFactory XML = secureFactory();
    private static final ErrorHandler SILENT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    /** A relationship of a part to an internal target, resolved to the target's part name ("/word/styles.xml"). */
    record Relationship(String id, String type, String target) {
    }

    private final ZipFile zip;
    /** Entries by part name in lower case ("/word/document.xml"). */
    private final Map<String, ZipEntry> entries = new HashMap<>();
    private final Map<String, String> defaults = new HashMap<>();
    private final Map<String, String> overrides = new HashMap<>();
    private final DocumentBuilder builder;

    PackageParts(ZipFile zip) throws UnreadableDocumentException, IOException {
        this.zip = zip;
        // A builder per package, as builders are not thread-safe (check -j reads packages in
        // parallel); nor is a factory guaranteed to be, hence one thread at a time asks it.
        try {
            synchronized (XML) {
                this.builder = XML.newDocumentBuilder();
            }
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser refuses its own settings", e);
        }
        ZipEntry contentTypes = null;
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            if (entry.getName().equalsIgnoreCase("[Content_Types].xml")) {
                contentTypes = entry;
            } else {
                entries.putIfAbsent(key("/" + entry.getName()), entry);
            }
        }
        if (contentTypes == null) {
            throw new UnreadableDocumentException(NO_CONTENT_TYPES);
        }
        Element types = parse(contentTypes, CORRUPT_PACKAGE);
        for (Element d : Ooxml.descendants(types, CONTENT_TYPES, "Default")) {
            defaults.put(d.getAttribute("Extension").toLowerCase(Locale.ROOT), d.getAttribute("ContentType"));
        }
        for (Element o : Ooxml.descendants(types, CONTENT_TYPES, "Override")) {
            overrides.put(key(o.getAttribute("PartName")), o.getAttribute("ContentType"));
        }
    }

    /** Whether the package has the part. */
    boolean has(String partName) {
        return entries.containsKey(key(partName));
    }

    /** The content type of a part: its Override, else the Default of its extension; null when neither says. */
    String contentType(String partName) {
        String override = overrides.get(key(partName));
        if (override != null) {
            return override;
        }
        int dot = partName.lastIndexOf('.');
        return dot < partName.lastIndexOf('/') ? null : defaults.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /**
     * The internal relationships of a part ("/" for the package itself), ordered by id as POI
     * ordered them (a later duplicate id replaces an earlier one); none when it has no
     * relationship part. Targets that are not a part name (a web address, a malformed URI) are
     * left out. The package's own relationships are none when their part is not well-formed,
     * as POI had them (the file is then "not a Word document"); a part's make the file corrupt.
     */
    Map<String, Relationship> relationships(String source) throws UnreadableDocumentException, IOException {
        int slash = source.lastIndexOf('/');
        String folder = source.substring(0, slash + 1);
        ZipEntry rels = entries.get(key(folder + "_rels/" + source.substring(slash + 1) + ".rels"));
        Map<String, Relationship> out = new TreeMap<>();
        if (rels == null) {
            return out;
        }
        Element root;
        try {
            root = parse(rels, CORRUPT_PACKAGE);
        } catch (UnreadableDocumentException e) {
            if (source.equals("/")) {
                return out;
            }
            throw e;
        }
        for (Element r : Ooxml.descendants(root, RELATIONSHIPS, "Relationship")) {
            String mode = r.getAttribute("TargetMode");
            if (!mode.isEmpty() && !mode.equalsIgnoreCase("Internal")) {
                continue;
            }
            String target = resolve(folder, r.getAttribute("Target"));
            if (target != null) {
                out.put(r.getAttribute("Id"), new Relationship(r.getAttribute("Id"), r.getAttribute("Type"), target));
            }
        }
        return out;
    }

    /** A part's root element, or null when the package has no such part. */
    Element xml(String partName) throws UnreadableDocumentException, IOException {
        ZipEntry entry = entries.get(key(partName));
        return entry == null ? null : parse(entry, CORRUPT_XML);
    }

    /** The part's name as the ZIP spells it ("/word/header1.xml"). */
    String name(String partName) {
        ZipEntry entry = entries.get(key(partName));
        return entry == null ? partName : "/" + entry.getName();
    }

    private Element parse(ZipEntry entry, String corrupt) throws UnreadableDocumentException, IOException {
        // Errors go to the exception alone: the parser's default handler prints them on stderr.
        builder.setErrorHandler(SILENT);
        try (InputStream in = zip.getInputStream(entry)) {
            return builder.parse(in).getDocumentElement();
        } catch (SAXException e) {
            throw new UnreadableDocumentException(corrupt, e);
        } finally {
            builder.reset();
        }
    }

    /**
     * A target relative to the source part's folder, or absolute from the package root ("/word/..."),
     * with "." and ".." resolved and %-escapes decoded (ECMA-376 Part 2 §9.3); null for a target
     * that names no part.
     */
    static String resolve(String folder, String target) {
        try {
            URI uri = new URI(target.replace('\\', '/').replace(" ", "%20"));
            if (uri.isAbsolute() || uri.getRawAuthority() != null || uri.getRawPath() == null || uri.getRawPath().isEmpty()) {
                return null;
            }
            String path = new URI(null, null, folder, null).resolve(uri).normalize().getPath();
            while (path.startsWith("/../")) {
                path = path.substring(3);
            }
            return path.startsWith("/") && !path.endsWith("/") ? path : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String key(String partName) {
        return partName.toLowerCase(Locale.ROOT);
    }

    private static DocumentBuilderFactory secureFactory() {
        // The JDK's own parser, not one a jar on the class path registers, and no DTD at all: a
        // part with a DOCTYPE is refused as POI refused it, so no entity is ever resolved or expanded.
        DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot refuse DTDs", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
