package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.StringReader;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.text.PlainText;

/**
 * Edits a YAML file as text, the way a careful person would: only the characters of the values
 * that change are touched, and comments, key order, quoting, blank lines and line wrapping stay
 * byte for byte. A YAML library that loads and dumps the document loses all of that.
 *
 * <p>Values are named by JSON pointers, as in {@link YamlTree} ("/noi_dung/0/tieu_de"). Edits are
 * collected and then applied in one pass by {@link #apply()}, which reads the result back and
 * checks that every edited value now reads exactly as asked; where an in-place change would read
 * differently the value is rewritten in a safer form (a plain scalar that now needs quotes gets
 * them; a folded paragraph that cannot be patched word by word is re-wrapped).
 *
 * <pre>{@code
 * YamlEditor editor = YamlEditor.of(YamlTree.read(path));
 * editor.setNumber("/nam", 2024).setNull("/so").setText("/trich_yeu", "Phòng, chống mại dâm năm 2024");
 * YamlEditor.Result result = editor.apply();   // result.text(), result.changes()
 * }</pre>
 *
 * <p>Text values are the scalar's value as YAML reads it ({@link #scalarText}), before vanban's
 * NFC normalisation and white-space folding; give back the same form with only the words changed,
 * and only those words change in the file. An editor is for one round of edits: create, edit,
 * apply. Wrong use (a pointer that names nothing, two edits of the same value, YAML text that does
 * not parse) throws {@link IllegalArgumentException}.
 */
public final class YamlEditor {

    /** The file after the edits, and the lines that differ from before. */
    public record Result(String text, List<LineChange> changes) {
        public Result {
            changes = List.copyOf(changes);
        }
    }

    /**
     * Lines of the old file (from the 1-based {@code line}) and what stands in their place. Mostly
     * one line each; an inserted key or a re-wrapped paragraph may have more lines after than before.
     */
    public record LineChange(int line, List<String> before, List<String> after) {
        public LineChange {
            before = List.copyOf(before);
            after = List.copyOf(after);
        }
    }

    /** A comment in the file: its 1-based line and its text after '#'. */
    public record Comment(int line, String text) {
    }

    private final YamlTree tree;
    private final SourceText source;
    private final Map<String, Context> contexts = new HashMap<>();
    private final Map<Node, Integer> uses = new IdentityHashMap<>();
    private final Map<Node, ScalarSource> scalars = new IdentityHashMap<>();
    private final List<Edit> edits = new ArrayList<>();

    private record Context(Node node, Node parent, ScalarNode key, boolean inFlow) {
    }

    private YamlEditor(YamlTree tree) {
        this.tree = tree;
        this.source = new SourceText(tree.text());
        Node root = tree.node("");
        if (root != null) {
            index(root, "", null, null, false, 0);
        }
    }

    public static YamlEditor of(YamlTree tree) {
        return new YamlEditor(tree);
    }

    public YamlTree tree() {
        return tree;
    }

    // ---- reading -------------------------------------------------------------------------

    /** The value of the scalar at the pointer as YAML reads it (no NFC, no folding), or null if it is not a scalar. */
    public String scalarText(String pointer) {
        Context context = contexts.get(pointer);
        return context != null && context.node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /**
     * Whether the pointer names a value this editor can change: it exists and is not shared with
     * another place through an alias (&a ... *a), where one edit would change both.
     */
    public boolean canEdit(String pointer) {
        Context context = contexts.get(pointer);
        return context != null && uses.getOrDefault(context.node, 0) == 1;
    }

    /** 1-based line where the value at the pointer starts, or 0 when the pointer names nothing. */
    public int line(String pointer) {
        Context context = contexts.get(pointer);
        return context == null ? 0 : source.line(start(context.node));
    }

    /**
     * 1-based line of one character of a scalar's value (an offset into {@link #scalarText}),
     * for reports that point into a paragraph written over several lines.
     */
    public int line(String pointer, int valueOffset) {
        Context context = contexts.get(pointer);
        if (context == null) {
            return 0;
        }
        if (context.node instanceof ScalarNode scalar) {
            ScalarSource.Mapping mapping = scalar(scalar).mapping;
            if (mapping != null && valueOffset >= 0 && valueOffset < mapping.from().length) {
                return source.line(mapping.from()[valueOffset]);
            }
        }
        return source.line(start(context.node));
    }

    /**
     * The value at the pointer as YAML text, written as it is in the file (its quoting, line
     * wrapping and the comments inside it), with the indentation of its lines made relative to
     * where the value starts: what {@link #replaceValue} and {@link #insertKey} take, to put the
     * same value at another place of this file or of another one. A block scalar's content lines
     * come two spaces in; the lines of a value that spans lines in flow style likewise. Lines are
     * joined with "\n". A value shared through an alias cannot be taken this way.
     */
    public String source(String pointer) {
        Context context = contexts.get(pointer);
        if (context == null) {
            throw new IllegalArgumentException("no value at " + (pointer.isEmpty() ? "the document root" : pointer));
        }
        if (uses.getOrDefault(context.node, 0) > 1) {
            throw new IllegalArgumentException("the value at " + pointer + " is shared through an alias (*)");
        }
        Node node = context.node;
        if (node instanceof ScalarNode scalarNode && scalar(scalarNode).isBlock()) {
            ScalarSource block = scalar(scalarNode);
            if (block.explicitIndent) {
                // An indentation indicator counts from the old parent's column; written plainly instead.
                return ScalarWriter.doubleQuoted(block.value);
            }
            List<String> lines = lines(source.text().substring(block.start, block.end));
            return relative(lines, block.indent, 2);
        }
        List<String> lines = lines(source.text().substring(start(node), end(node)));
        if (isBlockCollection(node)) {
            return relative(lines, source.column(start(node)), 0);
        }
        int least = Integer.MAX_VALUE;
        for (String line : lines.subList(1, lines.size())) {
            if (!line.isBlank()) {
                least = Math.min(least, leadingSpaces(line));
            }
        }
        return relative(lines, least, 2);
    }

    /** The first line as it is; the others less {@code base} columns (as much as they have) and {@code indent} more. */
    private static String relative(List<String> lines, int base, int indent) {
        StringBuilder out = new StringBuilder(lines.get(0));
        for (String line : lines.subList(1, lines.size())) {
            out.append('\n');
            if (!line.isBlank()) {
                out.append(" ".repeat(indent)).append(line.substring(Math.min(Math.max(base, 0), leadingSpaces(line))));
            }
        }
        return out.toString();
    }

    private static int leadingSpaces(String line) {
        int spaces = 0;
        while (spaces < line.length() && line.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }

    /**
     * A text value as YAML writes it on one line: plain when it reads back as the same text,
     * quoted otherwise (it contains ": " or " #", starts with an indicator, looks like a number).
     */
    public static String scalar(String value) {
        return ScalarWriter.plainSafe(value, false) ? value : ScalarWriter.quoted(value);
    }

    /** Every comment, in file order (blank lines are not comments). */
    public List<Comment> comments() {
        LoaderOptions options = new LoaderOptions();
        options.setProcessComments(true);
        List<Comment> comments = new ArrayList<>();
        try {
            for (Event event : new Yaml(options).parse(new StringReader(source.text()))) {
                if (event instanceof CommentEvent comment && comment.getCommentType() != CommentType.BLANK_LINE) {
                    comments.add(new Comment(comment.getStartMark().getLine() + 1, comment.getValue()));
                }
            }
        } catch (YAMLException e) {
            // The tree parsed without comments; a comment the scanner stumbles on is simply not listed.
            return List.of();
        }
        return comments;
    }

    // ---- edits ---------------------------------------------------------------------------

    /**
     * The scalar at the pointer gets this text value. Its style stays: plain, 'single', "double",
     * folded (>) and literal (|); in a folded or plain paragraph only the words that change are
     * rewritten, so the line wrapping around them stays. A plain value that would now read as
     * something else (it contains ": " or " #", starts with "-", or looks like a number) is quoted.
     */
    public YamlEditor setText(String pointer, String value) {
        Context context = context(pointer);
        if (value == null) {
            return setNull(pointer);
        }
        if (!(context.node instanceof ScalarNode)) {
            return add(new ValueEdit(pointer, context, ScalarWriter.plainSafe(value, context.inFlow) ? value : ScalarWriter.quoted(value),
                    JsonNodeFactory.instance.textNode(PlainText.normalize(value))));
        }
        return add(new TextEdit(pointer, context, value));
    }

    /**
     * The value at the pointer becomes {@code null}, written as the plain word null in place of
     * the old value, whatever its style; a comment after it stays.
     */
    public YamlEditor setNull(String pointer) {
        return setPlain(pointer, "null", JsonNodeFactory.instance.nullNode());
    }

    /** The value at the pointer becomes this integer, written plain. */
    public YamlEditor setNumber(String pointer, long value) {
        return setPlain(pointer, Long.toString(value), JsonNodeFactory.instance.numberNode(value));
    }

    /** The value at the pointer becomes true or false, written plain. */
    public YamlEditor setBoolean(String pointer, boolean value) {
        return setPlain(pointer, Boolean.toString(value), JsonNodeFactory.instance.booleanNode(value));
    }

    /**
     * The value at the pointer (a scalar, a mapping or a sequence) is replaced by the given YAML,
     * written as if at the start of a line; the editor indents it to its place. A one-line value
     * (a scalar or a flow collection) goes after the key or the dash; a block goes on the lines
     * below its key, at the old block's column or two spaces in from the key. A comment on the
     * key line stays unless a block value below it is replaced by a one-line value. Not for the
     * document root, and a block cannot go inside a flow collection.
     */
    public YamlEditor replaceValue(String pointer, String yaml) {
        Context context = context(pointer);
        if (context.parent == null) {
            throw new IllegalArgumentException("the whole document cannot be replaced: " + pointer);
        }
        return add(new ValueEdit(pointer, context, yaml, parseSnippet(yaml)));
    }

    /**
     * A new key at the end of the mapping at the pointer, at the column of its keys (in a flow
     * mapping: ", key: value" before the closing brace). The key is quoted if it needs to be.
     */
    public YamlEditor insertKey(String mappingPointer, String key, String yaml) {
        return insertKeyAfter(mappingPointer, null, key, yaml);
    }

    /** A new key right after an existing one ({@code afterKey}; null: after the last key). */
    public YamlEditor insertKeyAfter(String mappingPointer, String afterKey, String key, String yaml) {
        Context context = context(mappingPointer);
        if (!(context.node instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            throw new IllegalArgumentException("not a mapping with keys: " + mappingPointer);
        }
        if (contexts.containsKey(YamlTree.child(mappingPointer, key))) {
            throw new IllegalArgumentException("key already present: " + YamlTree.child(mappingPointer, key));
        }
        NodeTuple after = mapping.getValue().get(mapping.getValue().size() - 1);
        if (afterKey != null) {
            after = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k && nfc(k.getValue()).equals(nfc(afterKey))) {
                    after = tuple;
                }
            }
            if (after == null) {
                throw new IllegalArgumentException("no key " + afterKey + " in " + mappingPointer);
            }
        }
        return add(new InsertEdit(YamlTree.child(mappingPointer, key), mapping, after, key, yaml, parseSnippet(yaml)));
    }

    /**
     * The key at the pointer goes, with its value: from the start of the key's line to the end
     * of the value's last line. Comments above the key stay. For a key of a block mapping that
     * starts its own line and is not the mapping's only key.
     */
    public YamlEditor removeKey(String pointer) {
        Context context = context(pointer);
        if (context.key == null || !(context.parent instanceof MappingNode mapping) || isFlow(mapping)) {
            throw new IllegalArgumentException("not a key of a block mapping: " + pointer);
        }
        if (mapping.getValue().size() < 2) {
            throw new IllegalArgumentException("the only key of its mapping cannot be removed: " + pointer);
        }
        int keyStart = start(context.key);
        int lineStart = source.lineStart(keyStart);
        if (!source.text().substring(lineStart, keyStart).isBlank()) {
            throw new IllegalArgumentException("the key does not start its line: " + pointer);
        }
        return add(new RemoveEdit(pointer, lineStart, Math.max(end(context.node), afterColon(context.key))));
    }

    /**
     * A comment line ("# " + text) just above the line where the value's key is written (for an
     * item of a block sequence: the item's line), indented like that line. Comments leave values
     * as they are, so a value may get several comments and an edit besides.
     */
    public YamlEditor commentBefore(String pointer, String text) {
        Context context = contexts.get(pointer);
        if (context == null || context.inFlow || context.parent == null) {
            throw new IllegalArgumentException("no block value at " + pointer + " to put a comment before");
        }
        if (text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException("a comment is one line: " + text);
        }
        int at = source.lineStart(context.key != null ? start(context.key) : start(context.node));
        String indent = " ".repeat(leadingSpaces(source.text().substring(at, source.lineEnd(at))));
        edits.add(new CommentEdit(pointer, at, indent + ("# " + text).strip() + source.lineBreak()));
        return this;
    }

    private YamlEditor setPlain(String pointer, String token, JsonNode expected) {
        Context context = context(pointer);
        if (!(context.node instanceof ScalarNode)) {
            return add(new ValueEdit(pointer, context, token, expected));
        }
        return add(new PlainEdit(pointer, context, token, expected));
    }

    private YamlEditor add(Edit edit) {
        for (Edit other : edits) {
            if (other.changesValue() && other.pointer.equals(edit.pointer)) {
                throw new IllegalArgumentException("the value at " + edit.pointer + " is edited twice");
            }
        }
        edits.add(edit);
        return this;
    }

    private Context context(String pointer) {
        Context context = contexts.get(pointer);
        if (context == null) {
            throw new IllegalArgumentException("no value at " + (pointer.isEmpty() ? "the document root" : pointer));
        }
        if (uses.getOrDefault(context.node, 0) > 1) {
            throw new IllegalArgumentException("the value at " + pointer + " is shared through an alias (*); edit its anchor");
        }
        return context;
    }

    // ---- applying --------------------------------------------------------------------------

    /**
     * The edited text. Every edit is checked by reading the result back; an edit whose in-place
     * form reads differently falls back to a rewrite of the whole value in its style, then to a
     * double-quoted scalar.
     *
     * @throws IllegalArgumentException when edits overlap or a given YAML value cannot stand at its place
     */
    public Result apply() {
        if (edits.isEmpty()) {
            return new Result(source.text(), List.of());
        }
        List<List<List<Replacement>>> candidates = new ArrayList<>();
        for (Edit edit : edits) {
            List<List<Replacement>> forms = edit.forms();
            if (forms.isEmpty()) {
                throw new IllegalArgumentException("the value at " + edit.pointer + " cannot be written");
            }
            candidates.add(forms);
        }
        int[] level = new int[edits.size()];
        while (true) {
            List<Replacement> chosen = new ArrayList<>();
            for (int i = 0; i < edits.size(); i++) {
                chosen.addAll(candidates.get(i).get(level[i]));
            }
            chosen.sort(Comparator.comparingInt(Replacement::start).thenComparingInt(Replacement::end));
            for (int i = 1; i < chosen.size(); i++) {
                if (chosen.get(i).start < chosen.get(i - 1).end) {
                    throw new IllegalArgumentException("edits overlap near line " + source.line(chosen.get(i).start));
                }
            }
            String text = applyAll(chosen);
            List<Integer> failing = failing(text, candidates, level);
            if (failing.isEmpty()) {
                return new Result(text, lineChanges(chosen, text));
            }
            for (int i : failing) {
                level[i]++;
                if (level[i] >= candidates.get(i).size()) {
                    Edit edit = edits.get(i);
                    throw new IllegalArgumentException("the value at " + edit.pointer
                            + " does not read back as given in any form the editor can write");
                }
            }
        }
    }

    /** Indexes of the edits that do not read back as asked. */
    private List<Integer> failing(String text, List<List<List<Replacement>>> candidates, int[] level) {
        List<Integer> failing = new ArrayList<>();
        YamlTree after = reparse(text);
        if (after != null) {
            for (int i = 0; i < edits.size(); i++) {
                if (!edits.get(i).holds(after)) {
                    failing.add(i);
                }
            }
            return failing;
        }
        // The whole no longer parses: find the edits that break it on their own.
        for (int i = 0; i < edits.size(); i++) {
            List<Replacement> alone = new ArrayList<>(candidates.get(i).get(level[i]));
            alone.sort(Comparator.comparingInt(Replacement::start));
            YamlTree single = reparse(applyAll(alone));
            if (single == null || !edits.get(i).holds(single)) {
                failing.add(i);
            }
        }
        if (failing.isEmpty()) {
            for (int i = 0; i < edits.size(); i++) {
                failing.add(i);
            }
        }
        return failing;
    }

    private YamlTree reparse(String text) {
        try {
            return YamlTree.parse(tree.source(), text);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    private String applyAll(List<Replacement> sorted) {
        StringBuilder out = new StringBuilder(source.length() + 64);
        int position = 0;
        for (Replacement r : sorted) {
            out.append(source.text(), position, r.start).append(r.text);
            position = r.end;
        }
        out.append(source.text(), position, source.length());
        return out.toString();
    }

    /** The old lines each group of replacements touches, and the new lines in their place. */
    private List<LineChange> lineChanges(List<Replacement> sorted, String text) {
        List<LineChange> changes = new ArrayList<>();
        int shift = 0;
        int i = 0;
        while (i < sorted.size()) {
            int firstLine = source.line(sorted.get(i).start);
            int lastLine = lastLine(sorted.get(i));
            int shiftBefore = shift;
            int j = i;
            while (j + 1 < sorted.size() && source.line(sorted.get(j + 1).start) <= lastLine) {
                j++;
                lastLine = Math.max(lastLine, lastLine(sorted.get(j)));
            }
            for (int k = i; k <= j; k++) {
                shift += sorted.get(k).text.length() - (sorted.get(k).end - sorted.get(k).start);
            }
            int oldFrom = source.startOfLine(firstLine);
            int oldTo = source.lineEnd(source.startOfLine(lastLine));
            List<String> before = lines(source.text().substring(oldFrom, oldTo));
            List<String> after = lines(text.substring(oldFrom + shiftBefore, oldTo + shift));
            if (before.size() == after.size()) {
                for (int k = 0; k < before.size(); k++) {
                    if (!before.get(k).equals(after.get(k))) {
                        changes.add(new LineChange(firstLine + k, List.of(before.get(k)), List.of(after.get(k))));
                    }
                }
            } else {
                changes.add(new LineChange(firstLine, before, after));
            }
            i = j + 1;
        }
        return changes;
    }

    /** The last old line a replacement touches; a replaced line break joins the next line in. */
    private int lastLine(Replacement r) {
        if (r.end == r.start) {
            return source.line(r.start);
        }
        int last = r.end - 1;
        return source.line(source.charAt(last) == '\n' ? r.end : last);
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            lines.add(line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        }
        return lines;
    }

    // ---- positions -------------------------------------------------------------------------

    private void index(Node node, String pointer, Node parent, ScalarNode key, boolean inFlow, int depth) {
        contexts.put(pointer, new Context(node, parent, key, inFlow));
        uses.merge(node, 1, Integer::sum);
        if (depth > 64 || uses.get(node) > 1) {
            return;
        }
        boolean flow = inFlow || isFlow(node);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k) {
                    index(tuple.getValueNode(), YamlTree.child(pointer, nfc(k.getValue())), node, k, flow, depth + 1);
                }
            }
        } else if (node instanceof SequenceNode sequence) {
            List<Node> items = sequence.getValue();
            for (int i = 0; i < items.size(); i++) {
                index(items.get(i), YamlTree.child(pointer, i), node, null, flow, depth + 1);
            }
        }
    }

    private ScalarSource scalar(ScalarNode node) {
        return scalars.computeIfAbsent(node, n -> ScalarSource.read(source, (ScalarNode) n));
    }

    private int start(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar).start;
        }
        return ScalarSource.skipProperties(source.text(), source.offset(node.getStartMark()));
    }

    /** Where the node's own text ends: trailing comments and blank lines are not part of it. */
    private int end(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar).end;
        }
        if (isFlow(node)) {
            return source.offset(node.getEndMark());
        }
        int end = start(node);
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                end = Math.max(end, Math.max(end(tuple.getKeyNode()), end(tuple.getValueNode())));
            }
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                end = Math.max(end, end(item));
            }
        }
        return end;
    }

    private static boolean isFlow(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    private boolean isBlockCollection(Node node) {
        return node instanceof CollectionNode<?> && !isFlow(node);
    }

    /** Just after the ':' that follows a key. */
    private int afterColon(ScalarNode key) {
        int p = scalar(key).end;
        String text = source.text();
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        if (p >= text.length() || text.charAt(p) != ':') {
            throw new IllegalArgumentException("unsupported key form near line " + source.line(p));
        }
        return p + 1;
    }

    /** Column where the value's own lines would go: the key's column plus two, or the item's column. */
    private int childColumn(Context context) {
        if (context.key != null) {
            return source.column(start(context.key)) + 2;
        }
        return source.column(start(context.node));
    }

    private String indentRest(String yaml, int column) {
        String indent = " ".repeat(column);
        List<String> lines = lines(yaml);
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            out.append(source.lineBreak());
            if (!lines.get(i).isBlank()) {
                out.append(indent).append(lines.get(i));
            }
        }
        return out.toString();
    }

    private static JsonNode parseSnippet(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new IllegalArgumentException("empty YAML value; use setNull for null");
        }
        try {
            return YamlTree.parse("(giá trị mới)", yaml).root();
        } catch (InvalidInputException e) {
            throw new IllegalArgumentException("not YAML: " + e.problems().get(0).format(), e);
        }
    }

    private static boolean inline(String yaml) {
        String trimmed = yaml.strip();
        if (trimmed.contains("\n")) {
            return false;
        }
        try {
            Node node = new Yaml().compose(new StringReader(trimmed));
            return node instanceof ScalarNode
                    || isFlow(node);
        } catch (YAMLException e) {
            return false;
        }
    }

    private static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    // ---- the edits ---------------------------------------------------------------------------

    private record Replacement(int start, int end, String text) {
    }

    private abstract static class Edit {
        final String pointer;
        /** The value as vanban reads it (JSON), once the edit is made. */
        final JsonNode expected;

        Edit(String pointer, JsonNode expected) {
            this.pointer = pointer;
            this.expected = expected;
        }

        /** The ways to write this edit, preferred first; each a set of text replacements. */
        abstract List<List<Replacement>> forms();

        /** Whether the file read back has the value this edit asked for. */
        boolean holds(YamlTree after) {
            return expected.equals(after.root().at(pointer));
        }

        /** Whether the edit changes the value at its pointer (at most one such edit per value). */
        boolean changesValue() {
            return true;
        }
    }

    private final class TextEdit extends Edit {
        private final Context context;
        private final String value;

        TextEdit(String pointer, Context context, String value) {
            super(pointer, JsonNodeFactory.instance.textNode(PlainText.normalize(value)));
            this.context = context;
            this.value = value;
        }

        @Override
        List<List<Replacement>> forms() {
            ScalarSource scalar = scalar((ScalarNode) context.node);
            List<List<Replacement>> forms = new ArrayList<>();
            if (scalar.value.equals(value) && tree.root().at(pointer).isTextual()) {
                forms.add(List.of());
                return forms;
            }
            List<Replacement> inPlace = inPlace(scalar);
            if (inPlace != null) {
                forms.add(inPlace);
            }
            String whole = whole(scalar);
            if (whole != null) {
                forms.add(List.of(new Replacement(scalar.start, scalar.end, whole)));
            }
            forms.add(List.of(new Replacement(scalar.start, scalar.end, ScalarWriter.doubleQuoted(value))));
            return forms;
        }

        /** Only the words that change, written in the scalar's own style. */
        private List<Replacement> inPlace(ScalarSource scalar) {
            if (scalar.mapping == null) {
                return null;
            }
            if (scalar.style == ScalarSource.Style.PLAIN && !ScalarWriter.plainSafe(value, context.inFlow)) {
                return null;
            }
            List<Replacement> replacements = new ArrayList<>();
            String oldBody = scalar.value;
            String newBody = value;
            if (scalar.isBlock()) {
                oldBody = scalar.body();
                newBody = value.substring(0, ScalarSource.bodyLength(value));
                int oldBreaks = scalar.value.length() - oldBody.length();
                int newBreaks = value.length() - newBody.length();
                if (newBody.isEmpty() || (newBreaks != oldBreaks && (scalar.chomping == '+' || newBreaks > 1))) {
                    return null;
                }
                if (newBreaks != oldBreaks) {
                    replacements.add(chomping(scalar, newBreaks == 0 ? "-" : ""));
                }
            }
            int[] from = scalar.mapping.from();
            int[] to = scalar.mapping.to();
            String lineIndent = " ".repeat(Math.max(scalar.indent, 0));
            for (WordDiff.Hunk hunk : WordDiff.diff(oldBody, newBody)) {
                String piece = ScalarWriter.piece(scalar.style, hunk.replacement(), lineIndent, source.lineBreak());
                if (piece == null) {
                    return null;
                }
                int start;
                int end;
                if (hunk.oldTo() > hunk.oldFrom()) {
                    start = from[hunk.oldFrom()];
                    end = to[hunk.oldTo() - 1];
                } else if (hunk.oldFrom() < from.length) {
                    start = end = from[hunk.oldFrom()];
                } else {
                    start = end = to[from.length - 1];
                }
                replacements.add(new Replacement(start, end, piece));
            }
            return replacements;
        }

        private Replacement chomping(ScalarSource scalar, String indicator) {
            String text = source.text();
            for (int p = scalar.start + 1; p < scalar.headerEnd; p++) {
                if (text.charAt(p) == '-' || text.charAt(p) == '+') {
                    return new Replacement(p, p + 1, indicator);
                }
            }
            return new Replacement(scalar.headerEnd, scalar.headerEnd, indicator);
        }

        /** The whole value again, in the scalar's style where it can hold it. */
        private String whole(ScalarSource scalar) {
            switch (scalar.style) {
                case PLAIN:
                    return ScalarWriter.plainSafe(value, context.inFlow) ? value : ScalarWriter.quoted(value);
                case SINGLE_QUOTED:
                    return ScalarWriter.singleQuoted(value);
                case DOUBLE_QUOTED:
                    return null;
                default:
                    if (scalar.explicitIndent || context.inFlow) {
                        return null;
                    }
                    int column = scalar.indent >= 0 ? scalar.indent : childColumn(context);
                    int width = scalar.width > 0 ? scalar.width : 100;
                    String block = ScalarWriter.block(scalar.style == ScalarSource.Style.FOLDED, value, column, width, source.lineBreak());
                    if (block == null) {
                        return null;
                    }
                    // A comment on the header line stays on it.
                    int headerLineEnd = source.lineEnd(scalar.start);
                    String comment = source.text().substring(scalar.headerEnd, headerLineEnd).strip();
                    if (comment.startsWith("#")) {
                        int breakAt = block.indexOf(source.lineBreak());
                        block = block.substring(0, breakAt) + " " + comment + block.substring(breakAt);
                    }
                    return block;
            }
        }

        /** Exactly the text given, before vanban's normalisation, and read as text. */
        @Override
        boolean holds(YamlTree after) {
            Node node = after.node(pointer);
            return node instanceof ScalarNode scalar && scalar.getValue().equals(value) && super.holds(after);
        }
    }

    /** null, a number, a boolean: one plain word in place of the scalar, whatever its style. */
    private final class PlainEdit extends Edit {
        private final Context context;
        private final String token;

        PlainEdit(String pointer, Context context, String token, JsonNode expected) {
            super(pointer, expected);
            this.context = context;
            this.token = token;
        }

        @Override
        List<List<Replacement>> forms() {
            ScalarSource scalar = scalar((ScalarNode) context.node);
            if (scalar.style == ScalarSource.Style.PLAIN && scalar.value.equals(token)) {
                return List.of(List.of());
            }
            int start = scalar.start;
            String text = token;
            if (scalar.start == scalar.end && context.key != null && scalar.start == afterColon(context.key)) {
                text = " " + token;
            }
            return List.of(List.of(new Replacement(start, scalar.end, text)));
        }
    }

    /** A whole value replaced by YAML text, indented to its place. */
    private final class ValueEdit extends Edit {
        private final Context context;
        private final String yaml;

        ValueEdit(String pointer, Context context, String yaml, JsonNode expected) {
            super(pointer, expected);
            this.context = context;
            this.yaml = yaml.strip();
        }

        @Override
        List<List<Replacement>> forms() {
            boolean inline = inline(yaml);
            if (context.inFlow && !inline) {
                throw new IllegalArgumentException("a block value cannot go inside a flow collection: " + pointer);
            }
            Node node = context.node;
            int start = start(node);
            int end = end(node);
            if (context.key == null) {
                // A sequence item: the value goes right after its dash, later lines at its column.
                return List.of(List.of(new Replacement(start, end, inline ? yaml : indentRest(yaml, source.column(start)))));
            }
            int colon = afterColon(context.key);
            boolean onKeyLine = source.line(start) == source.line(colon);
            boolean empty = node instanceof ScalarNode scalar && scalar.getValue().isEmpty()
                    && scalar(scalar).style == ScalarSource.Style.PLAIN;
            if (empty) {
                start = end = colon;
                onKeyLine = true;
            }
            if (inline) {
                if (onKeyLine && !empty) {
                    return List.of(List.of(new Replacement(start, end, yaml)));
                }
                return List.of(List.of(new Replacement(colon, end, " " + yaml)));
            }
            if (!onKeyLine && isBlockCollection(node)) {
                // Keep the key line (and any comment on it); the new block takes the old one's column.
                int column = source.column(start);
                return List.of(List.of(new Replacement(source.lineStart(start), end,
                        " ".repeat(column) + indentRest(yaml, column))));
            }
            int column = childColumn(context);
            return List.of(List.of(new Replacement(colon, end,
                    source.lineBreak() + " ".repeat(column) + indentRest(yaml, column))));
        }
    }

    /** A key and its value taken out, whole lines. */
    private final class RemoveEdit extends Edit {
        private final int from;
        private final int to;

        RemoveEdit(String pointer, int from, int valueEnd) {
            super(pointer, MissingNode.getInstance());
            this.from = from;
            int lineEnd = source.lineEnd(valueEnd);
            this.to = lineEnd < source.length() ? source.text().indexOf('\n', lineEnd) + 1 : lineEnd;
        }

        @Override
        List<List<Replacement>> forms() {
            return List.of(List.of(new Replacement(from, to, "")));
        }
    }

    /** A comment line put in; the value it stands before reads as before. */
    private final class CommentEdit extends Edit {
        private final int at;
        private final String line;

        CommentEdit(String pointer, int at, String line) {
            super(pointer, MissingNode.getInstance());
            this.at = at;
            this.line = line;
        }

        @Override
        List<List<Replacement>> forms() {
            return List.of(List.of(new Replacement(at, at, line)));
        }

        /** The value may have an edit of its own; that edit checks it. */
        @Override
        boolean holds(YamlTree after) {
            return !after.root().at(pointer).isMissingNode();
        }

        @Override
        boolean changesValue() {
            return false;
        }
    }

    private final class InsertEdit extends Edit {
        private final MappingNode mapping;
        private final NodeTuple after;
        private final String key;
        private final String yaml;

        InsertEdit(String pointer, MappingNode mapping, NodeTuple after, String key, String yaml, JsonNode expected) {
            super(pointer, expected);
            this.mapping = mapping;
            this.after = after;
            this.key = key;
            this.yaml = yaml.strip();
        }

        @Override
        List<List<Replacement>> forms() {
            boolean inline = inline(yaml);
            String keyText = ScalarWriter.key(key);
            int afterEnd = Math.max(end(after.getKeyNode()), end(after.getValueNode()));
            if (isFlow(mapping)) {
                if (!inline) {
                    throw new IllegalArgumentException("a block value cannot go inside a flow mapping: " + pointer);
                }
                return List.of(List.of(new Replacement(afterEnd, afterEnd, ", " + keyText + ": " + yaml)));
            }
            int column = source.column(start(mapping.getValue().get(0).getKeyNode()));
            String entry = keyText + ":" + (inline ? " " + yaml
                    : source.lineBreak() + " ".repeat(column + 2) + indentRest(yaml, column + 2));
            int at = source.lineEnd(afterEnd);
            return List.of(List.of(new Replacement(at, at, source.lineBreak() + " ".repeat(column) + entry)));
        }
    }
}
