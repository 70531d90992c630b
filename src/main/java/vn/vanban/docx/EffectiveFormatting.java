package vn.vanban.docx;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.w3c.dom.Element;
import vn.vanban.docx.ParagraphFormat.Alignment;
import vn.vanban.docx.ParagraphFormat.Border;
import vn.vanban.docx.ParagraphFormat.LineSpacing;
import vn.vanban.docx.ParagraphFormat.NumberingRef;
import vn.vanban.docx.ParagraphFormat.TabStop;
import vn.vanban.docx.RunFormat.Fonts;

/**
 * What Word shows: the effective formatting of a paragraph and of a run, resolved in the order of
 * ECMA-376 Part 1 §17.7.2 — document defaults, table style, paragraph style chain (basedOn),
 * numbering level, character style chain, direct formatting. A property set only in a style counts;
 * theme fonts (w:asciiTheme, ...) and theme colours resolve through the theme part; the toggle
 * properties (bold, italic, caps, ...) combine across style levels as §17.7.3 says.
 *
 * <p>Conditional table formatting (first row, banded rows) is not applied: the documents this reads
 * put their header and closing blocks in plain tables.
 */
public final class EffectiveFormatting {

    /** Word's own defaults when nothing in the document says otherwise. */
    static final String DEFAULT_FONT = "Times New Roman";
    static final int DEFAULT_SIZE_HALF_POINTS = 20;

    private static final String[] TOGGLES = {"b", "i", "caps", "smallCaps", "strike", "vanish"};

    private final Map<String, Element> styles = new HashMap<>();
    private String defaultParagraphStyle;
    private String defaultCharacterStyle;
    private String defaultTableStyle;
    private Element defaultPPr;
    private Element defaultRPr;
    private final Theme theme;
    private final Map<Integer, Element> abstractNumOfNum = new HashMap<>();
    private final Map<Integer, Element> numElements = new HashMap<>();

    private EffectiveFormatting(Element stylesRoot, Theme theme, List<Element> nums, List<Element> abstractNums) {
        this.theme = theme;
        if (stylesRoot != null) {
            readStyles(stylesRoot);
        }
        Map<Integer, Element> abstracts = new HashMap<>();
        for (Element a : abstractNums) {
            Integer id = Ooxml.integer(a, "abstractNumId");
            if (id != null) {
                abstracts.put(id, a);
            }
        }
        for (Element num : nums) {
            Integer id = Ooxml.integer(num, "numId");
            Integer abstractId = Ooxml.integer(Ooxml.child(num, "abstractNumId"), "val");
            if (id != null && abstractId != null && abstracts.containsKey(abstractId)) {
                abstractNumOfNum.put(id, abstracts.get(abstractId));
                numElements.put(id, num);
            }
        }
    }

    /** The resolver for one document: its styles, theme and numbering. */
    public static EffectiveFormatting of(WordPackage document) {
        Element numbering = document.numbering();
        return new EffectiveFormatting(document.styles(), Theme.of(document.theme()),
                Ooxml.children(numbering, Ooxml.W, "num"), Ooxml.children(numbering, Ooxml.W, "abstractNum"));
    }

    // ------------------------------------------------------------------ public API

    /**
     * A w:p element.
     *
     * @param tableStyle null outside tables; inside a table its w:tblStyle, or "" when it names none
     */
    public ParagraphFormat paragraph(Element p, String tableStyle) {
        Element pPr = Ooxml.child(p, "pPr");
        String styleId = paragraphStyleId(pPr);
        List<Element> layers = new ArrayList<>();
        layers.add(defaultPPr);
        for (Element style : tableStyleChain(tableStyle)) {
            layers.add(Ooxml.child(style, "pPr"));
        }
        List<Element> paragraphChain = chain(styleId);
        for (Element style : paragraphChain) {
            layers.add(Ooxml.child(style, "pPr"));
        }
        NumberingRef numbering = numbering(pPr, paragraphChain);
        if (numbering != null) {
            layers.add(Ooxml.child(level(numbering), "pPr"));
        }
        layers.add(pPr);
        return paragraphFormat(styleId, layers, numbering);
    }

    /** A w:r element inside the w:p element. */
    public RunFormat run(Element p, Element r, String tableStyle) {
        Element rPr = Ooxml.child(r, "rPr");
        return runFormat(paragraphStyleId(Ooxml.child(p, "pPr")), Ooxml.childVal(rPr, "rStyle"), rPr, tableStyle);
    }

    /** The level definition (w:lvl) of a numbered paragraph, for its number format and text. */
    public Element level(NumberingRef numbering) {
        Element num = numElements.get(numbering.numId());
        if (num != null) {
            for (Element override : Ooxml.children(num, Ooxml.W, "lvlOverride")) {
                Element lvl = Ooxml.child(override, "lvl");
                if (lvl != null && numbering.level() == intOr(Ooxml.integer(override, "ilvl"), 0)) {
                    return lvl;
                }
            }
        }
        Element abstractNum = abstractNumOfNum.get(numbering.numId());
        for (Element lvl : Ooxml.children(abstractNum, Ooxml.W, "lvl")) {
            if (intOr(Ooxml.integer(lvl, "ilvl"), 0) == numbering.level()) {
                return lvl;
            }
        }
        return null;
    }

    /** The abstract list a numbered paragraph counts in, and a start override of its w:num, if any. */
    Element abstractNum(int numId) {
        return abstractNumOfNum.get(numId);
    }

    Integer startOverride(NumberingRef numbering) {
        Element num = numElements.get(numbering.numId());
        for (Element override : Ooxml.children(num, Ooxml.W, "lvlOverride")) {
            if (numbering.level() == intOr(Ooxml.integer(override, "ilvl"), 0)) {
                Integer start = Ooxml.integer(Ooxml.child(override, "startOverride"), "val");
                if (start != null) {
                    return start;
                }
            }
        }
        return null;
    }

    /**
     * The left and right cell margins a table style (or the default table style) gives, or null
     * when none does.
     */
    public int[] tableCellMargins(String tableStyle) {
        int[] margins = null;
        for (Element style : tableStyleChain(tableStyle == null ? "" : tableStyle)) {
            Element mar = Ooxml.child(Ooxml.child(style, "tblPr"), "tblCellMar");
            if (mar != null) {
                margins = cellMargins(mar, margins == null ? new int[2] : margins);
            }
        }
        return margins;
    }

    /** The left (or start) and right (or end) widths of a w:tblCellMar or w:tcMar over the fallback. */
    static int[] cellMargins(Element mar, int[] fallback) {
        int[] m = fallback.clone();
        if (mar != null) {
            Element left = Ooxml.child(mar, "start") != null ? Ooxml.child(mar, "start") : Ooxml.child(mar, "left");
            Element right = Ooxml.child(mar, "end") != null ? Ooxml.child(mar, "end") : Ooxml.child(mar, "right");
            m[0] = intOr(Ooxml.twips(left, "w"), m[0]);
            m[1] = intOr(Ooxml.twips(right, "w"), m[1]);
        }
        return m;
    }

    // ------------------------------------------------------------------ styles

    private void readStyles(Element root) {
        Element docDefaults = Ooxml.child(root, "docDefaults");
        defaultPPr = Ooxml.child(Ooxml.child(docDefaults, "pPrDefault"), "pPr");
        defaultRPr = Ooxml.child(Ooxml.child(docDefaults, "rPrDefault"), "rPr");
        for (Element style : Ooxml.children(root, Ooxml.W, "style")) {
            String id = Ooxml.attr(style, "styleId");
            if (id == null) {
                continue;
            }
            styles.putIfAbsent(id, style);
            boolean isDefault = Boolean.TRUE.equals(onOffAttr(style, "default"));
            String type = Ooxml.attr(style, "type");
            if (isDefault && "paragraph".equals(type) && defaultParagraphStyle == null) {
                defaultParagraphStyle = id;
            } else if (isDefault && "character".equals(type) && defaultCharacterStyle == null) {
                defaultCharacterStyle = id;
            } else if (isDefault && "table".equals(type) && defaultTableStyle == null) {
                defaultTableStyle = id;
            }
        }
    }

    private static Boolean onOffAttr(Element e, String name) {
        String v = Ooxml.attr(e, name);
        if (v == null) {
            return null;
        }
        return !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    private String paragraphStyleId(Element pPr) {
        String id = Ooxml.childVal(pPr, "pStyle");
        return id != null && styles.containsKey(id) ? id : defaultParagraphStyle;
    }

    /** The style and its basedOn ancestors, the most basic first. */
    private List<Element> chain(String styleId) {
        List<Element> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String id = styleId;
        while (id != null && seen.add(id)) {
            Element style = styles.get(id);
            if (style == null) {
                break;
            }
            chain.add(0, style);
            id = Ooxml.childVal(style, "basedOn");
        }
        return chain;
    }

    private List<Element> tableStyleChain(String tableStyle) {
        if (tableStyle == null) {
            return List.of();
        }
        String id = !tableStyle.isEmpty() && styles.containsKey(tableStyle) ? tableStyle : defaultTableStyle;
        return chain(id);
    }

    private NumberingRef numbering(Element pPr, List<Element> paragraphChain) {
        Integer numId = null;
        Integer level = null;
        for (Element style : paragraphChain) {
            Element numPr = Ooxml.child(Ooxml.child(style, "pPr"), "numPr");
            if (numPr != null) {
                numId = firstNonNull(Ooxml.integer(Ooxml.child(numPr, "numId"), "val"), numId);
                level = firstNonNull(Ooxml.integer(Ooxml.child(numPr, "ilvl"), "val"), level);
            }
        }
        Element numPr = Ooxml.child(pPr, "numPr");
        if (numPr != null) {
            numId = firstNonNull(Ooxml.integer(Ooxml.child(numPr, "numId"), "val"), numId);
            level = firstNonNull(Ooxml.integer(Ooxml.child(numPr, "ilvl"), "val"), level);
        }
        // numId 0 removes numbering a style gave.
        if (numId == null || numId == 0 || !abstractNumOfNum.containsKey(numId)) {
            return null;
        }
        return new NumberingRef(numId, level == null ? 0 : level);
    }

    // ------------------------------------------------------------------ paragraph properties

    private static ParagraphFormat paragraphFormat(String styleId, List<Element> layers, NumberingRef numbering) {
        String jc = null;
        int left = 0;
        int right = 0;
        int firstLine = 0;
        int before = 0;
        int after = 0;
        int line = 240;
        LineSpacing.Rule lineRule = LineSpacing.Rule.AUTO;
        boolean contextual = false;
        Border top = null;
        Border bottom = null;
        Map<Integer, String> tabs = new TreeMap<>();
        for (Element pPr : layers) {
            if (pPr == null) {
                continue;
            }
            for (Element tab : Ooxml.children(Ooxml.child(pPr, "tabs"), Ooxml.W, "tab")) {
                Integer position = Ooxml.twips(tab, "pos");
                String alignment = Ooxml.attr(tab, "val");
                if (position != null && alignment != null) {
                    if (alignment.equals("clear")) {
                        tabs.remove(position);
                    } else {
                        tabs.put(position, alignment);
                    }
                }
            }
            jc = firstNonNull(Ooxml.childVal(pPr, "jc"), jc);
            Element ind = Ooxml.child(pPr, "ind");
            if (ind != null) {
                left = intOr(firstNonNull(Ooxml.twips(ind, "start"), Ooxml.twips(ind, "left")), left);
                right = intOr(firstNonNull(Ooxml.twips(ind, "end"), Ooxml.twips(ind, "right")), right);
                Integer hanging = Ooxml.twips(ind, "hanging");
                Integer first = Ooxml.twips(ind, "firstLine");
                if (hanging != null) {
                    firstLine = -hanging;
                } else if (first != null) {
                    firstLine = first;
                }
            }
            Element spacing = Ooxml.child(pPr, "spacing");
            if (spacing != null) {
                before = intOr(Ooxml.twips(spacing, "before"), before);
                after = intOr(Ooxml.twips(spacing, "after"), after);
                Integer lineValue = Ooxml.integer(spacing, "line");
                if (lineValue != null) {
                    line = lineValue;
                }
                String rule = Ooxml.attr(spacing, "lineRule");
                if (rule != null) {
                    lineRule = switch (rule) {
                        case "exact" -> LineSpacing.Rule.EXACT;
                        case "atLeast" -> LineSpacing.Rule.AT_LEAST;
                        default -> LineSpacing.Rule.AUTO;
                    };
                }
                // Automatic spacing is what Word gives HTML paragraphs: 14 pt, not the number written.
                if (Boolean.TRUE.equals(onOffAttr(spacing, "beforeAutospacing"))) {
                    before = 280;
                }
                if (Boolean.TRUE.equals(onOffAttr(spacing, "afterAutospacing"))) {
                    after = 280;
                }
            }
            Boolean contextualSpacing = Ooxml.onOff(pPr, "contextualSpacing");
            if (contextualSpacing != null) {
                contextual = contextualSpacing;
            }
            Element pBdr = Ooxml.child(pPr, "pBdr");
            if (pBdr != null) {
                top = border(Ooxml.child(pBdr, "top"), top);
                bottom = border(Ooxml.child(pBdr, "bottom"), bottom);
            }
        }
        return new ParagraphFormat(styleId, Alignment.of(jc), left, right, firstLine, before, after,
                new LineSpacing(lineRule, line), contextual, top, bottom, numbering,
                tabs.entrySet().stream().map(e -> new TabStop(e.getValue(), e.getKey())).toList());
    }

    private static Border border(Element side, Border inherited) {
        if (side == null) {
            return inherited;
        }
        String style = Ooxml.attr(side, "val");
        if (style == null || style.equals("nil") || style.equals("none")) {
            return null;
        }
        String color = Ooxml.attr(side, "color");
        return new Border(style, intOr(Ooxml.integer(side, "sz"), 2),
                color == null ? "auto" : color.toUpperCase(Locale.ROOT));
    }

    // ------------------------------------------------------------------ run properties

    private RunFormat runFormat(String paragraphStyle, String characterStyle, Element rPr, String tableStyle) {
        List<Element> tableLayers = rPrs(tableStyleChain(tableStyle));
        List<Element> paragraphLayers = rPrs(chain(paragraphStyle));
        String charId = characterStyle != null && styles.containsKey(characterStyle) ? characterStyle : defaultCharacterStyle;
        List<Element> characterLayers = rPrs(chain(charId));

        List<Element> all = new ArrayList<>();
        all.add(defaultRPr);
        all.addAll(tableLayers);
        all.addAll(paragraphLayers);
        all.addAll(characterLayers);
        all.add(rPr);

        String[] fonts = {DEFAULT_FONT, DEFAULT_FONT, DEFAULT_FONT, DEFAULT_FONT};
        int size = DEFAULT_SIZE_HALF_POINTS;
        String color = "auto";
        String underline = null;
        for (Element layer : all) {
            if (layer == null) {
                continue;
            }
            applyFonts(Ooxml.child(layer, "rFonts"), fonts);
            size = intOr(Ooxml.integer(Ooxml.child(layer, "sz"), "val"), size);
            color = firstNonNull(color(Ooxml.child(layer, "color")), color);
            Element u = Ooxml.child(layer, "u");
            if (u != null) {
                String val = Ooxml.attr(u, "val");
                underline = val == null || val.equals("none") ? null : val;
            }
        }
        boolean[] toggles = new boolean[TOGGLES.length];
        for (int i = 0; i < TOGGLES.length; i++) {
            toggles[i] = toggle(TOGGLES[i], rPr, tableLayers, paragraphLayers, characterLayers);
        }
        return new RunFormat(new Fonts(fonts[0], fonts[1], fonts[2], fonts[3]), size / 2.0,
                toggles[0], toggles[1], toggles[2], toggles[3], underline, toggles[4], toggles[5], color);
    }

    private static List<Element> rPrs(List<Element> styleChain) {
        List<Element> out = new ArrayList<>();
        for (Element style : styleChain) {
            out.add(Ooxml.child(style, "rPr"));
        }
        return out;
    }

    /**
     * A toggle property: direct formatting sets it outright; otherwise each style level (table,
     * paragraph, character) contributes the value its own basedOn chain ends with, and the levels
     * that set it are combined with exclusive or; with no style setting it, the document default.
     */
    private boolean toggle(String name, Element direct, List<Element> table, List<Element> paragraph,
            List<Element> character) {
        Boolean value = Ooxml.onOff(direct, name);
        if (value != null) {
            return value;
        }
        Boolean combined = null;
        for (List<Element> level : List.of(table, paragraph, character)) {
            Boolean levelValue = null;
            for (Element rPr : level) {
                levelValue = firstNonNull(Ooxml.onOff(rPr, name), levelValue);
            }
            if (levelValue != null) {
                combined = combined == null ? levelValue : combined ^ levelValue;
            }
        }
        if (combined != null) {
            return combined;
        }
        Boolean fallback = Ooxml.onOff(defaultRPr, name);
        return fallback != null && fallback;
    }

    private static final String[][] FONT_SLOTS = {
        {"ascii", "asciiTheme"}, {"hAnsi", "hAnsiTheme"}, {"eastAsia", "eastAsiaTheme"}, {"cs", "cstheme"}
    };

    /** A theme attribute wins over the plain one in the same element (§17.3.2.26). */
    private void applyFonts(Element rFonts, String[] fonts) {
        if (rFonts == null) {
            return;
        }
        for (int i = 0; i < FONT_SLOTS.length; i++) {
            String themed = Ooxml.attr(rFonts, FONT_SLOTS[i][1]);
            String resolved = themed == null ? null : theme.font(themed);
            if (resolved == null) {
                resolved = Ooxml.attr(rFonts, FONT_SLOTS[i][0]);
            }
            if (resolved != null && !resolved.isEmpty()) {
                fonts[i] = resolved;
            }
        }
    }

    private String color(Element color) {
        if (color == null) {
            return null;
        }
        String themeColor = Ooxml.attr(color, "themeColor");
        if (themeColor != null) {
            String resolved = theme.color(themeColor);
            if (resolved != null) {
                return resolved;
            }
        }
        String val = Ooxml.attr(color, "val");
        return val == null ? null : val.equalsIgnoreCase("auto") ? "auto" : val.toUpperCase(Locale.ROOT);
    }

    private static <T> T firstNonNull(T a, T b) {
        return a != null ? a : b;
    }

    private static int intOr(Integer value, int fallback) {
        return value == null ? fallback : value;
    }

    // ------------------------------------------------------------------ theme

    /** The font scheme and colour scheme of the theme part. */
    private record Theme(Map<String, String> fonts, Map<String, String> colors) {

        /** The schemes of an a:theme element; none when the document has no theme. */
        static Theme of(Element root) {
            Map<String, String> fonts = new HashMap<>();
            Map<String, String> colors = new HashMap<>();
            Element themeElements = Ooxml.child(root, Ooxml.A, "themeElements");
            Element fontScheme = Ooxml.child(themeElements, Ooxml.A, "fontScheme");
            for (String kind : List.of("major", "minor")) {
                Element font = Ooxml.child(fontScheme, Ooxml.A, kind + "Font");
                fonts.put(kind + "Latin", typeface(Ooxml.child(font, Ooxml.A, "latin")));
                fonts.put(kind + "Ea", typeface(Ooxml.child(font, Ooxml.A, "ea")));
                fonts.put(kind + "Cs", typeface(Ooxml.child(font, Ooxml.A, "cs")));
            }
            Element clrScheme = Ooxml.child(themeElements, Ooxml.A, "clrScheme");
            for (Element c : Ooxml.children(clrScheme)) {
                Element srgb = Ooxml.child(c, Ooxml.A, "srgbClr");
                Element sys = Ooxml.child(c, Ooxml.A, "sysClr");
                String value = srgb != null ? Ooxml.plainAttr(srgb, "val") : Ooxml.plainAttr(sys, "lastClr");
                if (value != null) {
                    colors.put(c.getLocalName(), value.toUpperCase(Locale.ROOT));
                }
            }
            return new Theme(fonts, colors);
        }

        private static String typeface(Element font) {
            String face = Ooxml.plainAttr(font, "typeface");
            return face == null || face.isEmpty() ? null : face;
        }

        String font(String themeFont) {
            String kind = themeFont.startsWith("major") ? "major" : "minor";
            String slot = themeFont.endsWith("EastAsia") ? "Ea" : themeFont.endsWith("Bidi") ? "Cs" : "Latin";
            return fonts.get(kind + slot);
        }

        /** Word's default mapping of text and background colours onto the scheme (w:clrSchemeMapping). */
        String color(String themeColor) {
            String key = switch (themeColor) {
                case "dark1", "text1" -> "dk1";
                case "light1", "background1" -> "lt1";
                case "dark2", "text2" -> "dk2";
                case "light2", "background2" -> "lt2";
                case "hyperlink" -> "hlink";
                case "followedHyperlink" -> "folHlink";
                default -> themeColor;
            };
            return colors.get(key);
        }
    }
}
