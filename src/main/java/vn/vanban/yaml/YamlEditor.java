package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.comments.CommentType;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CommentEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.NodePositions.Context;
import vn.vanban.yaml.YamlEdit.CommentEdit;
import vn.vanban.yaml.YamlEdit.InsertEdit;
import vn.vanban.yaml.YamlEdit.PlainEdit;
import vn.vanban.yaml.YamlEdit.RemoveEdit;
import vn.vanban.yaml.YamlEdit.TextEdit;
import vn.vanban.yaml.YamlEdit.ValueEdit;

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
 *
 * <p>This class is the public face; the work is in three helpers beside it: {@link NodePositions}
 * (which node a pointer names and where its text is), {@link YamlEdit} (the kinds of edit and the
 * ways each can be written) and {@link EditApplier} (making the edits and reading them back).
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
    private final NodePositions positions;
    private final SourceText source;
    private final List<YamlEdit> edits = new ArrayList<>();

    private YamlEditor(YamlTree tree) {
        this.tree = tree;
        this.positions = new NodePositions(tree);
        this.source = positions.source();
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
        Context context = positions.context(pointer);
        return context != null && context.node() instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /**
     * Whether the pointer names a value this editor can change: it exists and is not shared with
     * another place through an alias (&a ... *a), where one edit would change both.
     */
    public boolean canEdit(String pointer) {
        Context context = positions.context(pointer);
        return context != null && !positions.shared(context.node());
    }

    /** 1-based line where the value at the pointer starts, or 0 when the pointer names nothing. */
    public int line(String pointer) {
        Context context = positions.context(pointer);
        return context == null ? 0 : source.line(positions.start(context.node()));
    }

    /**
     * 1-based line of one character of a scalar's value (an offset into {@link #scalarText}),
     * for reports that point into a paragraph written over several lines.
     */
    public int line(String pointer, int valueOffset) {
        Context context = positions.context(pointer);
        if (context == null) {
            return 0;
        }
        if (context.node() instanceof ScalarNode scalar) {
            ScalarSource.Mapping mapping = positions.scalar(scalar).mapping();
            if (mapping != null && valueOffset >= 0 && valueOffset < mapping.from().length) {
                return source.line(mapping.from()[valueOffset]);
            }
        }
        return source.line(positions.start(context.node()));
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
        Node node = context(pointer).node();
        if (node instanceof ScalarNode scalarNode && positions.scalar(scalarNode).isBlock()) {
            ScalarSource block = positions.scalar(scalarNode);
            if (block.explicitIndent()) {
                // An indentation indicator counts from the old parent's column; written plainly instead.
                return ScalarWriter.doubleQuoted(block.value());
            }
            List<String> lines = SourceText.lines(source.text().substring(block.start(), block.end()));
            return relative(lines, block.indent(), 2);
        }
        List<String> lines = SourceText.lines(source.text().substring(positions.start(node), positions.end(node)));
        if (NodePositions.isBlockCollection(node)) {
            return relative(lines, source.column(positions.start(node)), 0);
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
        if (!(context.node() instanceof ScalarNode)) {
            return add(new ValueEdit(positions, pointer, context,
                    ScalarWriter.plainSafe(value, context.inFlow()) ? value : ScalarWriter.quoted(value),
                    JsonNodeFactory.instance.textNode(PlainText.normalize(value))));
        }
        return add(new TextEdit(positions, pointer, context, value));
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
        if (context.parent() == null) {
            throw new IllegalArgumentException("the whole document cannot be replaced: " + pointer);
        }
        return add(new ValueEdit(positions, pointer, context, yaml, parseSnippet(yaml)));
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
        if (!(context.node() instanceof MappingNode mapping) || mapping.getValue().isEmpty()) {
            throw new IllegalArgumentException("not a mapping with keys: " + mappingPointer);
        }
        if (positions.context(YamlTree.child(mappingPointer, key)) != null) {
            throw new IllegalArgumentException("key already present: " + YamlTree.child(mappingPointer, key));
        }
        NodeTuple after = mapping.getValue().get(mapping.getValue().size() - 1);
        if (afterKey != null) {
            after = null;
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode k
                        && NodePositions.nfc(k.getValue()).equals(NodePositions.nfc(afterKey))) {
                    after = tuple;
                }
            }
            if (after == null) {
                throw new IllegalArgumentException("no key " + afterKey + " in " + mappingPointer);
            }
        }
        return add(new InsertEdit(positions, YamlTree.child(mappingPointer, key), mapping, after, key, yaml, parseSnippet(yaml)));
    }

    /**
     * The key at the pointer goes, with its value: from the start of the key's line to the end
     * of the value's last line. Comments above the key stay. For a key of a block mapping that
     * starts its own line and is not the mapping's only key.
     */
    public YamlEditor removeKey(String pointer) {
        Context context = context(pointer);
        if (context.key() == null || !(context.parent() instanceof MappingNode mapping) || NodePositions.isFlow(mapping)) {
            throw new IllegalArgumentException("not a key of a block mapping: " + pointer);
        }
        if (mapping.getValue().size() < 2) {
            throw new IllegalArgumentException("the only key of its mapping cannot be removed: " + pointer);
        }
        int keyStart = positions.start(context.key());
        int lineStart = source.lineStart(keyStart);
        if (!source.text().substring(lineStart, keyStart).isBlank()) {
            throw new IllegalArgumentException("the key does not start its line: " + pointer);
        }
        return add(new RemoveEdit(positions, pointer, lineStart,
                Math.max(positions.end(context.node()), positions.afterColon(context.key()))));
    }

    /**
     * A comment line ("# " + text) just above the line where the value's key is written (for an
     * item of a block sequence: the item's line), indented like that line. Comments leave values
     * as they are, so a value may get several comments and an edit besides.
     */
    public YamlEditor commentBefore(String pointer, String text) {
        Context context = positions.context(pointer);
        if (context == null || context.inFlow() || context.parent() == null) {
            throw new IllegalArgumentException("no block value at " + pointer + " to put a comment before");
        }
        if (text.contains("\n") || text.contains("\r")) {
            throw new IllegalArgumentException("a comment is one line: " + text);
        }
        int at = source.lineStart(context.key() != null ? positions.start(context.key()) : positions.start(context.node()));
        String indent = " ".repeat(leadingSpaces(source.text().substring(at, source.lineEnd(at))));
        edits.add(new CommentEdit(positions, pointer, at, indent + ("# " + text).strip() + source.lineBreak()));
        return this;
    }

    private YamlEditor setPlain(String pointer, String token, JsonNode expected) {
        Context context = context(pointer);
        if (!(context.node() instanceof ScalarNode)) {
            return add(new ValueEdit(positions, pointer, context, token, expected));
        }
        return add(new PlainEdit(positions, pointer, context, token, expected));
    }

    private YamlEditor add(YamlEdit edit) {
        for (YamlEdit other : edits) {
            if (other.changesValue() && other.pointer.equals(edit.pointer)) {
                throw new IllegalArgumentException("the value at " + edit.pointer + " is edited twice");
            }
        }
        edits.add(edit);
        return this;
    }

    private Context context(String pointer) {
        Context context = positions.context(pointer);
        if (context == null) {
            throw new IllegalArgumentException("no value at " + (pointer.isEmpty() ? "the document root" : pointer));
        }
        if (positions.shared(context.node())) {
            throw new IllegalArgumentException("the value at " + pointer + " is shared through an alias (*); edit its anchor");
        }
        return context;
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

    // ---- applying --------------------------------------------------------------------------

    /**
     * The edited text. Every edit is checked by reading the result back; an edit whose in-place
     * form reads differently falls back to a rewrite of the whole value in its style, then to a
     * double-quoted scalar.
     *
     * @throws IllegalArgumentException when edits overlap or a given YAML value cannot stand at its place
     */
    public Result apply() {
        return new EditApplier(tree, source, edits).apply();
    }
}
