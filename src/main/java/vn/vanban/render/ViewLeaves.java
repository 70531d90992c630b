package vn.vanban.render;

import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleCollection;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateSequenceModel;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A view taken apart into its shape and its leaves. The shape is everything templates can branch
 * on without reading a text: which records, how many items in each list, which values are null,
 * the booleans and enums, which strings are empty, the keys of maps. The leaves are the rest, in
 * the order of a walk through the view: every non-empty string and every int. Two units of one
 * batch whose views have the same shape differ only in their leaves.
 *
 * <p>The same walk makes the sentinel model of a view for {@link Splices}: each non-empty string
 * is a token of its leaf as markup, which prints as itself but cannot be compared, cased or
 * measured by a template (FreeMarker refuses, so a template that reads a text is caught); each
 * int keeps its value, prints as a token, and tells when a template reads the value itself.
 */
final class ViewLeaves {

    /**
     * The shape as a string (to key a map) and the leaves: String or Integer.
     *
     * @param spliceable false when a text leaf starts with a low surrogate or ends with a high one:
     *     written next to another leaf, the templates' output would join the two halves into one
     *     character, which leaves written one by one cannot
     */
    record Flat(String shape, Object[] leaves, boolean spliceable) {
    }

    /** A record type's components, read through their accessors, and the characters naming the type in a shape. */
    private record RecordType(String id, String[] names, Method[] accessors) {
    }

    private static final Map<Class<?>, RecordType> RECORD_TYPES = new ConcurrentHashMap<>();
    /**
     * Record types are named by characters from here on, far from the markers of the shape and
     * below U+0100, so that a shape stays a Latin-1 string, half the bytes to build, hash and compare.
     */
    private static final char FIRST_TYPE_ID = '\u0080';
    private static final int ONE_CHARACTER_IDS = 0xff - FIRST_TYPE_ID;
    private static final AtomicInteger TYPES_NAMED = new AtomicInteger();

    /**
     * The shape and leaves of a list's records in the last view flattened, by the records'
     * identity: a batch's views share most of their body (the same objects, from {@link BodyMemo}),
     * and a record is immutable, so its part of the shape and its leaves are those it had before.
     * Holds the last view's records only. One per thread.
     */
    static final class Fragments {
        private record Fragment(String shape, Object[] leaves, boolean halfCharacterAtAnEdge) {
        }

        private Map<Object, Fragment> last = new IdentityHashMap<>();
        private Map<Object, Fragment> current = new IdentityHashMap<>();
        /** The shape's builder, kept between views: a 12-page plan's shape is tens of thousands of characters. */
        private final StringBuilder shape = new StringBuilder(1 << 14);

        private void nextView() {
            Map<Object, Fragment> done = last;
            last = current;
            current = done;
            current.clear();
            shape.setLength(0);
        }
    }

    private final StringBuilder shape;
    private final List<Object> leaves = new ArrayList<>(256);
    private boolean halfCharacterAtAnEdge;
    /** The records of the last view; null in a sentinel walk, which walks every record. */
    private final Fragments fragments;
    /** Null when only flattening; else the wrapper of the templates' configuration, for enums. */
    private final ObjectWrapper wrapper;
    /** The ints a template read as numbers during a sentinel render; null when only flattening. */
    private final BitSet reads;

    private ViewLeaves(ObjectWrapper wrapper, BitSet reads, Fragments fragments) {
        this.wrapper = wrapper;
        this.reads = reads;
        this.fragments = fragments;
        this.shape = fragments == null ? new StringBuilder(1024) : fragments.shape;
    }

    /** @param fragments this thread's records of the last view flattened with them */
    static Flat flatten(Object view, Fragments fragments) {
        fragments.nextView();
        ViewLeaves walk = new ViewLeaves(null, null, fragments);
        walk.walk(view);
        return walk.flat();
    }

    /**
     * The sentinel model of a view, and its flat form. {@code reads} gets the leaf index of every
     * int a template reads as a number (compares, adds, formats other than by printing).
     */
    static Sentinel sentinel(Object view, ObjectWrapper wrapper, BitSet reads) {
        ViewLeaves walk = new ViewLeaves(wrapper, reads, null);
        TemplateModel model = walk.walk(view);
        return new Sentinel(model, walk.flat());
    }

    /** The root model of a sentinel render and the view's flat form. */
    record Sentinel(TemplateModel model, Flat flat) {
    }

    private Flat flat() {
        return new Flat(shape.toString(), leaves.toArray(), !halfCharacterAtAnEdge);
    }

    private boolean models() {
        return wrapper != null;
    }

    /** Appends the node to the shape and its leaves to the leaves; the node's sentinel model, or null when only flattening. */
    private TemplateModel walk(Object node) {
        if (node == null) {
            shape.append('n');
            return null;
        }
        if (node instanceof String text) {
            if (text.isEmpty()) {
                shape.append('e');
                return models() ? new SimpleScalar("") : null;
            }
            shape.append('s');
            halfCharacterAtAnEdge |= Character.isLowSurrogate(text.charAt(0))
                    || Character.isHighSurrogate(text.charAt(text.length() - 1));
            int index = leaf(text);
            return models() ? SlotTokens.markup(index) : null;
        }
        if (node instanceof Integer number) {
            shape.append('i');
            int index = leaf(number);
            return models() ? new SentinelNumber(number, index, reads) : null;
        }
        if (node instanceof Boolean flag) {
            shape.append(flag ? 't' : 'f');
            return models() ? (flag ? TemplateBooleanModel.TRUE : TemplateBooleanModel.FALSE) : null;
        }
        if (node instanceof Enum<?> constant) {
            shape.append('E').append(constant.getDeclaringClass().getName()).append('.').append(constant.name()).append(';');
            return models() ? wrap(constant) : null;
        }
        if (node instanceof List<?> list) {
            shape.append('[').append(list.size()).append(':');
            List<TemplateModel> items = models() ? new ArrayList<>(list.size()) : null;
            for (Object item : list) {
                if (fragments != null && item instanceof Record) {
                    walkRemembered(item);
                    continue;
                }
                TemplateModel model = walk(item);
                if (items != null) {
                    items.add(model);
                }
            }
            return items == null ? null : new Sequence(items);
        }
        if (node instanceof Map<?, ?> map) {
            shape.append('{').append(map.size()).append(':');
            Map<String, TemplateModel> entries = models() ? new LinkedHashMap<>() : null;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = (String) entry.getKey();
                shape.append(key.length()).append(':').append(key);
                TemplateModel model = walk(entry.getValue());
                if (entries != null && model != null) {
                    entries.put(key, model);
                }
            }
            return entries == null ? null : new Hash(entries);
        }
        if (node instanceof Record record) {
            RecordType type = RECORD_TYPES.computeIfAbsent(record.getClass(), ViewLeaves::recordType);
            shape.append(type.id());
            Map<String, TemplateModel> components = models() ? new LinkedHashMap<>() : null;
            for (int i = 0; i < type.accessors().length; i++) {
                TemplateModel model = walk(component(type.accessors()[i], record));
                if (components != null && model != null) {
                    components.put(type.names()[i], model);
                }
            }
            return components == null ? null : new Hash(components);
        }
        throw new IllegalArgumentException("the view holds a " + node.getClass().getName() + ", which ViewLeaves cannot take apart");
    }

    /** Walks a record of a list, or appends what it gave in the last view. Only when flattening. */
    private void walkRemembered(Object item) {
        Fragments.Fragment known = fragments.last.get(item);
        if (known == null) {
            int shapeFrom = shape.length();
            int leavesFrom = leaves.size();
            boolean halfBefore = halfCharacterAtAnEdge;
            halfCharacterAtAnEdge = false;
            walk(item);
            known = new Fragments.Fragment(shape.substring(shapeFrom), leaves.subList(leavesFrom, leaves.size()).toArray(),
                    halfCharacterAtAnEdge);
            halfCharacterAtAnEdge |= halfBefore;
        } else {
            shape.append(known.shape());
            Collections.addAll(leaves, known.leaves());
            halfCharacterAtAnEdge |= known.halfCharacterAtAnEdge();
        }
        fragments.current.put(item, known);
    }

    private int leaf(Object value) {
        leaves.add(value);
        return leaves.size() - 1;
    }

    private TemplateModel wrap(Object value) {
        try {
            return wrapper.wrap(value);
        } catch (TemplateModelException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object component(Method accessor, Record record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RecordType recordType(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        String[] names = new String[components.length];
        Method[] accessors = new Method[components.length];
        for (int i = 0; i < components.length; i++) {
            names[i] = components[i].getName();
            accessors[i] = components[i].getAccessor();
            accessors[i].setAccessible(true);
        }
        int named = TYPES_NAMED.getAndIncrement();
        String id = named < ONE_CHARACTER_IDS ? String.valueOf((char) (FIRST_TYPE_ID + named))
                : "\u00ff" + named + ";";
        return new RecordType(id, names, accessors);
    }

    /**
     * An int of the sentinel model: its value for a template that reads it, a token when printed
     * ({@link SlotTokens#NUMBER_FORMAT}). Reading the value marks the leaf, since the output may
     * then depend on it in ways no token shows.
     */
    record SentinelNumber(Integer value, int leaf, BitSet reads) implements TemplateNumberModel {

        @Override
        public Number getAsNumber() {
            reads.set(leaf);
            return value;
        }

        String token() {
            return SlotTokens.token(leaf);
        }
    }

    /** A record or map of the sentinel model. */
    private record Hash(Map<String, TemplateModel> entries) implements TemplateHashModelEx {
        @Override
        public TemplateModel get(String key) {
            return entries.get(key);
        }

        @Override
        public boolean isEmpty() {
            return entries.isEmpty();
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(entries.keySet().stream().map(SimpleScalar::new).toList());
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(entries.values());
        }
    }

    /** A list of the sentinel model. */
    private record Sequence(List<TemplateModel> items) implements TemplateSequenceModel {
        @Override
        public TemplateModel get(int index) {
            return index >= 0 && index < items.size() ? items.get(index) : null;
        }

        @Override
        public int size() {
            return items.size();
        }
    }
}
