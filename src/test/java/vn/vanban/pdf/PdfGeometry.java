package vn.vanban.pdf;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where things are on the pages of a PDF, read with PDFBox: page sizes, lines of text with the
 * position of every glyph, and the horizontal rules drawn on each page. All coordinates are in
 * points from the top-left corner of the page, as a reader measures them on paper.
 */
public final class PdfGeometry {

    /** One glyph: left edge, advance width, baseline and top of the font's ascent. */
    public record Glyph(String text, double x, double width, double baseline, double top, double fontSize) {
        public double right() {
            return x + width;
        }
    }

    /** Glyphs on one baseline, left to right; text has a space wherever the glyphs leave a gap. */
    public record Line(List<Glyph> glyphs, String text, List<Integer> glyphOfChar) {

        public double baseline() {
            return glyphs.get(0).baseline();
        }

        /** Where a piece of this line's text is, if the line has it. */
        public Optional<Span> find(String needle) {
            int at = text.indexOf(Normalizer.normalize(needle, Normalizer.Form.NFC));
            if (at < 0) {
                return Optional.empty();
            }
            List<Glyph> covered = new ArrayList<>();
            for (int i = at; i < at + needle.length(); i++) {
                int glyph = glyphOfChar.get(i);
                if (glyph >= 0 && (covered.isEmpty() || covered.get(covered.size() - 1) != glyphs.get(glyph))) {
                    covered.add(glyphs.get(glyph));
                }
            }
            return Optional.of(new Span(covered));
        }
    }

    /** A run of glyphs: its extent from the left of the first to the end of the last advance. */
    public record Span(List<Glyph> glyphs) {
        public double left() {
            return glyphs.get(0).x();
        }

        public double right() {
            return glyphs.get(glyphs.size() - 1).right();
        }

        public double width() {
            return right() - left();
        }

        public double centre() {
            return (left() + right()) / 2;
        }

        public double baseline() {
            return glyphs.get(0).baseline();
        }

        public double top() {
            return glyphs.stream().mapToDouble(Glyph::top).min().orElseThrow();
        }
    }

    /** A horizontal line drawn on the page, stroked or filled as a thin rectangle. */
    public record Rule(double left, double right, double y, double thickness) {
        public double width() {
            return right - left;
        }

        public double centre() {
            return (left + right) / 2;
        }
    }

    public record Page(int number, double width, double height, List<Line> lines, List<Rule> rules) {

        /** The first line that contains the text, top to bottom. */
        public Optional<Line> lineWith(String text) {
            return lines.stream().filter(l -> l.find(text).isPresent()).findFirst();
        }
    }

    private final List<Page> pages;

    private PdfGeometry(List<Page> pages) {
        this.pages = pages;
    }

    public static PdfGeometry read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getMediaBox();
                List<Line> lines = lines(glyphs(document, i + 1));
                List<Rule> rules = new RuleFinder(page).rules();
                pages.add(new Page(i + 1, box.getWidth(), box.getHeight(), lines, rules));
            }
            return new PdfGeometry(pages);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Page> pages() {
        return pages;
    }

    public Page page(int number) {
        return pages.get(number - 1);
    }

    private static List<Glyph> glyphs(PDDocument document, int pageNumber) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition position) {
                PDFontDescriptor descriptor = position.getFont().getFontDescriptor();
                double ascent = descriptor != null && descriptor.getAscent() > 0 ? descriptor.getAscent() / 1000 : 0.891;
                double size = position.getFontSizeInPt();
                glyphs.add(new Glyph(Normalizer.normalize(position.getUnicode(), Normalizer.Form.NFC), position.getXDirAdj(),
                        position.getWidthDirAdj(), position.getYDirAdj(), position.getYDirAdj() - ascent * size, size));
            }
        };
        stripper.setStartPage(pageNumber);
        stripper.setEndPage(pageNumber);
        stripper.getText(document);
        return glyphs;
    }

    /** Groups glyphs whose baselines are within a point into lines, top to bottom, each left to right. */
    private static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::baseline));
        List<List<Glyph>> groups = new ArrayList<>();
        for (Glyph glyph : sorted) {
            List<Glyph> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && Math.abs(last.get(0).baseline() - glyph.baseline()) < 1.0) {
                last.add(glyph);
            } else {
                List<Glyph> group = new ArrayList<>();
                group.add(glyph);
                groups.add(group);
            }
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> group : groups) {
            group.sort(Comparator.comparingDouble(Glyph::x));
            StringBuilder text = new StringBuilder();
            List<Integer> glyphOfChar = new ArrayList<>();
            for (int i = 0; i < group.size(); i++) {
                Glyph glyph = group.get(i);
                if (i > 0) {
                    Glyph previous = group.get(i - 1);
                    boolean spaced = previous.text().isBlank() || glyph.text().isBlank();
                    if (!spaced && glyph.x() - previous.right() > 0.15 * glyph.fontSize()) {
                        text.append(' ');
                        glyphOfChar.add(-1);
                    }
                }
                text.append(glyph.text());
                for (int c = 0; c < glyph.text().length(); c++) {
                    glyphOfChar.add(i);
                }
            }
            lines.add(new Line(List.copyOf(group), text.toString(), List.copyOf(glyphOfChar)));
        }
        return lines;
    }

    /** Collects the straight horizontal segments a page strokes and the thin rectangles it fills. */
    private static final class RuleFinder extends PDFGraphicsStreamEngine {

        private final double pageHeight;
        private final List<Point2D[]> segments = new ArrayList<>();
        private final List<Point2D[]> rectangles = new ArrayList<>();
        private final List<Rule> rules = new ArrayList<>();
        private Point2D current;

        RuleFinder(PDPage page) throws IOException {
            super(page);
            this.pageHeight = page.getMediaBox().getHeight();
            processPage(page);
        }

        List<Rule> rules() {
            List<Rule> sorted = new ArrayList<>(rules);
            sorted.sort(Comparator.comparingDouble(Rule::y));
            return sorted;
        }

        @Override
        public void moveTo(float x, float y) {
            current = new Point2D.Float(x, y);
        }

        @Override
        public void lineTo(float x, float y) {
            Point2D next = new Point2D.Float(x, y);
            if (current != null) {
                segments.add(new Point2D[] {current, next});
            }
            current = next;
        }

        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            rectangles.add(new Point2D[] {p0, p1, p2, p3});
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            current = new Point2D.Float(x3, y3);
        }

        @Override
        public Point2D getCurrentPoint() {
            return current;
        }

        @Override
        public void closePath() {
        }

        @Override
        public void endPath() {
            clear();
        }

        @Override
        public void strokePath() {
            double width = getGraphicsState().getLineWidth() * Math.abs(getGraphicsState().getCurrentTransformationMatrix().getScalingFactorY());
            for (Point2D[] s : segments) {
                if (Math.abs(s[0].getY() - s[1].getY()) < 0.1 && Math.abs(s[0].getX() - s[1].getX()) > 1) {
                    rules.add(new Rule(Math.min(s[0].getX(), s[1].getX()), Math.max(s[0].getX(), s[1].getX()),
                            pageHeight - s[0].getY(), width));
                }
            }
            clear();
        }

        @Override
        public void fillPath(int windingRule) {
            for (Point2D[] r : rectangles) {
                addThinRectangle(r);
            }
            // A rectangle may also come as a closed path of four lines.
            if (segments.size() >= 3) {
                double minX = Double.MAX_VALUE;
                double maxX = -Double.MAX_VALUE;
                double minY = Double.MAX_VALUE;
                double maxY = -Double.MAX_VALUE;
                for (Point2D[] s : segments) {
                    for (Point2D p : s) {
                        minX = Math.min(minX, p.getX());
                        maxX = Math.max(maxX, p.getX());
                        minY = Math.min(minY, p.getY());
                        maxY = Math.max(maxY, p.getY());
                    }
                }
                if (maxY - minY < 3 && maxX - minX > 1) {
                    rules.add(new Rule(minX, maxX, pageHeight - (minY + maxY) / 2, maxY - minY));
                }
            }
            clear();
        }

        private void addThinRectangle(Point2D[] r) {
            double minX = Math.min(Math.min(r[0].getX(), r[1].getX()), Math.min(r[2].getX(), r[3].getX()));
            double maxX = Math.max(Math.max(r[0].getX(), r[1].getX()), Math.max(r[2].getX(), r[3].getX()));
            double minY = Math.min(Math.min(r[0].getY(), r[1].getY()), Math.min(r[2].getY(), r[3].getY()));
            double maxY = Math.max(Math.max(r[0].getY(), r[1].getY()), Math.max(r[2].getY(), r[3].getY()));
            if (maxY - minY < 3 && maxX - minX > 1) {
                rules.add(new Rule(minX, maxX, pageHeight - (minY + maxY) / 2, maxY - minY));
            }
        }

        @Override
        public void fillAndStrokePath(int windingRule) {
            fillPath(windingRule);
        }

        @Override
        public void shadingFill(COSName shadingName) {
        }

        @Override
        public void drawImage(PDImage image) {
        }

        @Override
        public void clip(int windingRule) {
        }

        private void clear() {
            segments.clear();
            rectangles.clear();
            current = null;
        }
    }
}
