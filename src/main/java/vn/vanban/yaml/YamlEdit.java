package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import vn.vanban.text.PlainText;
import vn.vanban.yaml.NodePositions.Context;

/**
 * One edit {@link YamlEditor} has collected, and the kinds of edit: what it changes in the text
 * (as replacements of character ranges, in the ways it can be written, preferred first) and how
 * to tell that the file read back has the value asked for. {@link EditApplier} picks the forms.
 */
abstract class YamlEdit {

    /** The characters [start, end) of the old text give way to {@code text}. */
    record Replacement(int start, int end, String text) {
    }

    final String pointer;
    /** The value as vanban reads it (JSON), once the edit is made. */
    final JsonNode expected;
    final NodePositions positions;
    final SourceText source;

    YamlEdit(NodePositions positions, String pointer, JsonNode expected) {
        this.positions = positions;
        this.source = positions.source();
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

    /** The lines of {@code yaml} after the first, indented to the column and in the file's line breaks. */
    String indentRest(String yaml, int column) {
        String indent = " ".repeat(column);
        List<String> lines = SourceText.lines(yaml);
        StringBuilder out = new StringBuilder(lines.get(0));
        for (int i = 1; i < lines.size(); i++) {
            out.append(source.lineBreak());
            if (!lines.get(i).isBlank()) {
                out.append(indent).append(lines.get(i));
            }
        }
        return out.toString();
    }

    /** Whether the YAML is one line: a scalar or a flow collection. */
    static boolean inline(String yaml) {
        String trimmed = yaml.strip();
        if (trimmed.contains("\n")) {
            return false;
        }
        try {
            Node node = new Yaml().compose(new StringReader(trimmed));
            return node instanceof ScalarNode
                    || NodePositions.isFlow(node);
        } catch (YAMLException e) {
            return false;
        }
    }

    static final class TextEdit extends YamlEdit {
        private final Context context;
        private final String value;

        TextEdit(NodePositions positions, String pointer, Context context, String value) {
            super(positions, pointer, JsonNodeFactory.instance.textNode(PlainText.normalize(value)));
            this.context = context;
            this.value = value;
        }

        @Override
        List<List<Replacement>> forms() {
            ScalarSource scalar = positions.scalar((ScalarNode) context.node());
            List<List<Replacement>> forms = new ArrayList<>();
            if (scalar.value().equals(value) && positions.tree().root().at(pointer).isTextual()) {
                forms.add(List.of());
                return forms;
            }
            List<Replacement> inPlace = inPlace(scalar);
            if (inPlace != null) {
                forms.add(inPlace);
            }
            String whole = whole(scalar);
            if (whole != null) {
                forms.add(List.of(new Replacement(scalar.start(), scalar.end(), whole)));
            }
            forms.add(List.of(new Replacement(scalar.start(), scalar.end(), ScalarWriter.doubleQuoted(value))));
            return forms;
        }

        /** Only the words that change, written in the scalar's own style. */
        private List<Replacement> inPlace(ScalarSource scalar) {
            if (scalar.mapping() == null) {
                return null;
            }
            if (scalar.style() == ScalarSource.Style.PLAIN && !ScalarWriter.plainSafe(value, context.inFlow())) {
                return null;
            }
            List<Replacement> replacements = new ArrayList<>();
            String oldBody = scalar.value();
            String newBody = value;
            if (scalar.isBlock()) {
                oldBody = scalar.body();
                newBody = value.substring(0, ScalarSource.bodyLength(value));
                int oldBreaks = scalar.value().length() - oldBody.length();
                int newBreaks = value.length() - newBody.length();
                if (newBody.isEmpty() || (newBreaks != oldBreaks && (scalar.chomping() == '+' || newBreaks > 1))) {
                    return null;
                }
                if (newBreaks != oldBreaks) {
                    replacements.add(chomping(scalar, newBreaks == 0 ? "-" : ""));
                }
            }
            int[] from = scalar.mapping().from();
            int[] to = scalar.mapping().to();
            String lineIndent = " ".repeat(Math.max(scalar.indent(), 0));
            for (WordDiff.Hunk hunk : WordDiff.diff(oldBody, newBody)) {
                String piece = ScalarWriter.piece(scalar.style(), hunk.replacement(), lineIndent, source.lineBreak());
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
            for (int p = scalar.start() + 1; p < scalar.headerEnd(); p++) {
                if (text.charAt(p) == '-' || text.charAt(p) == '+') {
                    return new Replacement(p, p + 1, indicator);
                }
            }
            return new Replacement(scalar.headerEnd(), scalar.headerEnd(), indicator);
        }

        /** The whole value again, in the scalar's style where it can hold it. */
        private String whole(ScalarSource scalar) {
            switch (scalar.style()) {
                case PLAIN:
                    return ScalarWriter.plainSafe(value, context.inFlow()) ? value : ScalarWriter.quoted(value);
                case SINGLE_QUOTED:
                    return ScalarWriter.singleQuoted(value);
                case DOUBLE_QUOTED:
                    return null;
                default:
                    if (scalar.explicitIndent() || context.inFlow()) {
                        return null;
                    }
                    int column = scalar.indent() >= 0 ? scalar.indent() : positions.childColumn(context);
                    int width = scalar.width() > 0 ? scalar.width() : 100;
                    String block = ScalarWriter.block(scalar.style() == ScalarSource.Style.FOLDED, value, column, width, source.lineBreak());
                    if (block == null) {
                        return null;
                    }
                    // A comment on the header line stays on it.
                    int headerLineEnd = source.lineEnd(scalar.start());
                    String comment = source.text().substring(scalar.headerEnd(), headerLineEnd).strip();
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
    static final class PlainEdit extends YamlEdit {
        private final Context context;
        private final String token;

        PlainEdit(NodePositions positions, String pointer, Context context, String token, JsonNode expected) {
            super(positions, pointer, expected);
            this.context = context;
            this.token = token;
        }

        @Override
        List<List<Replacement>> forms() {
            ScalarSource scalar = positions.scalar((ScalarNode) context.node());
            if (scalar.style() == ScalarSource.Style.PLAIN && scalar.value().equals(token)) {
                return List.of(List.of());
            }
            int start = scalar.start();
            String text = token;
            if (scalar.start() == scalar.end() && context.key() != null && scalar.start() == positions.afterColon(context.key())) {
                text = " " + token;
            }
            return List.of(List.of(new Replacement(start, scalar.end(), text)));
        }
    }

    /** A whole value replaced by YAML text, indented to its place. */
    static final class ValueEdit extends YamlEdit {
        private final Context context;
        private final String yaml;

        ValueEdit(NodePositions positions, String pointer, Context context, String yaml, JsonNode expected) {
            super(positions, pointer, expected);
            this.context = context;
            this.yaml = yaml.strip();
        }

        @Override
        List<List<Replacement>> forms() {
            boolean inline = inline(yaml);
            if (context.inFlow() && !inline) {
                throw new IllegalArgumentException("a block value cannot go inside a flow collection: " + pointer);
            }
            Node node = context.node();
            int start = positions.start(node);
            int end = positions.end(node);
            if (context.key() == null) {
                // A sequence item: the value goes right after its dash, later lines at its column.
                return List.of(List.of(new Replacement(start, end, inline ? yaml : indentRest(yaml, source.column(start)))));
            }
            int colon = positions.afterColon(context.key());
            boolean onKeyLine = source.line(start) == source.line(colon);
            boolean empty = node instanceof ScalarNode scalar && scalar.getValue().isEmpty()
                    && positions.scalar(scalar).style() == ScalarSource.Style.PLAIN;
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
            if (!onKeyLine && NodePositions.isBlockCollection(node)) {
                // Keep the key line (and any comment on it); the new block takes the old one's column.
                int column = source.column(start);
                return List.of(List.of(new Replacement(source.lineStart(start), end,
                        " ".repeat(column) + indentRest(yaml, column))));
            }
            int column = positions.childColumn(context);
            return List.of(List.of(new Replacement(colon, end,
                    source.lineBreak() + " ".repeat(column) + indentRest(yaml, column))));
        }
    }

    /** A key and its value taken out, whole lines. */
    static final class RemoveEdit extends YamlEdit {
        private final int from;
        private final int to;

        RemoveEdit(NodePositions positions, String pointer, int from, int valueEnd) {
            super(positions, pointer, MissingNode.getInstance());
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
    static final class CommentEdit extends YamlEdit {
        private final int at;
        private final String line;

        CommentEdit(NodePositions positions, String pointer, int at, String line) {
            super(positions, pointer, MissingNode.getInstance());
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

    /** A new key and its value after a key of a mapping. */
    static final class InsertEdit extends YamlEdit {
        private final MappingNode mapping;
        private final NodeTuple after;
        private final String key;
        private final String yaml;

        InsertEdit(NodePositions positions, String pointer, MappingNode mapping, NodeTuple after, String key, String yaml,
                JsonNode expected) {
            super(positions, pointer, expected);
            this.mapping = mapping;
            this.after = after;
            this.key = key;
            this.yaml = yaml.strip();
        }

        @Override
        List<List<Replacement>> forms() {
            boolean inline = inline(yaml);
            String keyText = ScalarWriter.key(key);
            int afterEnd = Math.max(positions.end(after.getKeyNode()), positions.end(after.getValueNode()));
            if (NodePositions.isFlow(mapping)) {
                if (!inline) {
                    throw new IllegalArgumentException("a block value cannot go inside a flow mapping: " + pointer);
                }
                return List.of(List.of(new Replacement(afterEnd, afterEnd, ", " + keyText + ": " + yaml)));
            }
            int column = source.column(positions.start(mapping.getValue().get(0).getKeyNode()));
            String entry = keyText + ":" + (inline ? " " + yaml
                    : source.lineBreak() + " ".repeat(column + 2) + indentRest(yaml, column + 2));
            int at = source.lineEnd(afterEnd);
            return List.of(List.of(new Replacement(at, at, source.lineBreak() + " ".repeat(column) + entry)));
        }
    }
}
