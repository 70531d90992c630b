package vn.vanban.render;

import freemarker.template.SimpleHash;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The parts of a batch's documents without running the templates for each. The documents of a
 * batch differ in their texts (the unit's name, place, number, date, signer), seldom in their
 * structure, so the templates run once per shape of view ({@link ViewLeaves}) on a sentinel model
 * whose leaves print as tokens, and the output cut at the tokens ({@link Splice}) serves every
 * later view of that shape: constant bytes and the view's own leaves, escaped.
 *
 * <p>Where that could differ from what the templates write, the shape is rendered in full: a
 * template that reads a text (compares, cases, measures it: FreeMarker refuses to on the markup
 * tokens), a token that does not come back whole, or a first document whose splice is not byte for
 * byte the full render of it. A template that reads an int (a sum, a comparison) keeps its
 * splice for views with that int's value only. Safe to share between threads.
 */
final class Splices {

    /** Splices kept at most: a batch has a few shapes; one whose every document is new must not fill memory. */
    static final int MOST_SPLICES = 64;

    private final TemplateSet templates;
    /** Each thread's records of the last view it flattened. */
    private final ThreadLocal<ViewLeaves.Fragments> fragments = ThreadLocal.withInitial(ViewLeaves.Fragments::new);
    /** The batch's parts deflated before, for the documents rendered in full. */
    private final DocxPackage.DeflatedParts deflatedParts;
    private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
    private final AtomicInteger kept = new AtomicInteger();
    private final LongAdder spliced = new LongAdder();
    private final LongAdder rendered = new LongAdder();

    Splices(TemplateSet templates, DocxPackage.DeflatedParts deflatedParts) {
        this.templates = templates;
        this.deflatedParts = deflatedParts;
    }

    /** How many documents were spliced, and how many rendered by the templates. */
    record Counts(long spliced, long rendered, int shapes, int splices) {
    }

    Counts counts() {
        return new Counts(spliced.sum(), rendered.sum(), shapes.size(), kept.get());
    }

    /** The view's package, with every part as the templates write it. */
    byte[] docx(DocumentView view) {
        ViewLeaves.Flat flat = ViewLeaves.flatten(view, fragments.get());
        if (!flat.spliceable()) {
            return full(view);
        }
        Shape shape = shapes.get(flat.shape());
        if (shape == null) {
            if (kept.get() >= MOST_SPLICES) {
                return full(view);
            }
            shape = shapes.computeIfAbsent(flat.shape(), key -> new Shape());
        }
        List<DocxPackage.Zipped> parts = shape.spliced(flat.leaves());
        if (parts != null) {
            spliced.increment();
            return DocxPackage.write(parts);
        }
        if (shape.unspliceable || kept.get() >= MOST_SPLICES) {
            return full(view);
        }
        return shape.learn(view, flat);
    }

    private byte[] full(DocumentView view) {
        return DocxPackage.zip(fullParts(view), deflatedParts);
    }

    private List<DocxPackage.Entry> fullParts(DocumentView view) {
        rendered.increment();
        return templates.render(Map.of("doc", view));
    }

    /** The splices of one shape, one per set of values of the ints its templates read. */
    private final class Shape {
        private final List<Splice> splices = new CopyOnWriteArrayList<>();
        private volatile boolean unspliceable;

        List<DocxPackage.Zipped> spliced(Object[] leaves) {
            if (unspliceable) {
                return null;
            }
            for (Splice splice : splices) {
                if (splice.holdsFor(leaves)) {
                    return splice.zipped(leaves);
                }
            }
            return null;
        }

        /**
         * Renders the view in full and, unless the shape is known not to splice, cuts the splice
         * of its sentinel render and keeps it if it gives these very bytes, deflated as it
         * deflates them. One thread at a time, so two threads never cut the same splice.
         */
        synchronized byte[] learn(DocumentView view, ViewLeaves.Flat flat) {
            List<DocxPackage.Zipped> parts = spliced(flat.leaves());
            if (parts != null) {
                spliced.increment();
                return DocxPackage.write(parts);
            }
            List<DocxPackage.Entry> full = fullParts(view);
            if (unspliceable || kept.get() >= MOST_SPLICES) {
                return DocxPackage.zip(full, deflatedParts);
            }
            Splice splice = cut(view);
            List<DocxPackage.Zipped> zipped = splice == null ? null : splice.zipped(flat.leaves());
            if (zipped == null || !sameParts(zipped, full)) {
                unspliceable = true;
                kept.addAndGet(-splices.size());
                splices.clear();
                return DocxPackage.zip(full, deflatedParts);
            }
            splices.add(splice);
            kept.incrementAndGet();
            return DocxPackage.write(zipped);
        }

        private Splice cut(DocumentView view) {
            BitSet reads = new BitSet();
            ViewLeaves.Sentinel sentinel = ViewLeaves.sentinel(view, templates.objectWrapper(), reads);
            SimpleHash root = new SimpleHash(templates.objectWrapper());
            root.put("doc", sentinel.model());
            List<DocxPackage.Entry> parts = templates.renderSentinel(root);
            if (parts == null) {
                return null;
            }
            return Splice.cut(parts, reads.stream().toArray(), sentinel.flat().leaves());
        }
    }

    /** Whether the spliced parts, inflated, are the parts the templates wrote, with their sizes and CRCs. */
    private static boolean sameParts(List<DocxPackage.Zipped> spliced, List<DocxPackage.Entry> full) {
        if (spliced.size() != full.size()) {
            return false;
        }
        for (int i = 0; i < full.size(); i++) {
            DocxPackage.Zipped part = spliced.get(i);
            byte[] content = full.get(i).content();
            if (!part.name().equals(full.get(i).name()) || part.size() != content.length
                    || part.crc() != DocxPackage.crc(content) || !Arrays.equals(DocxPackage.inflate(part), content)) {
                return false;
            }
        }
        return true;
    }
}
