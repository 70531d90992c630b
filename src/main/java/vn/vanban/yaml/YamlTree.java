package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.representer.Representer;
import vn.vanban.io.BoundedRead;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.text.PlainText;

/**
 * A YAML document as a JSON tree (what the schema validator and the plan reader take) together
 * with where each value and each key stands in the file. Text is NFC with white space folded;
 * plain scalars follow YAML 1.2 typing ({@link CoreSchemaResolver}), so "yes" and "2023-02-17"
 * stay text and "08" is the number 8.
 */
public final class YamlTree {

    /**
     * Plans are a few dozen kilobytes (Hải Dương's, 9 pages, is 45 KB); a units file for every
     * commune of the country is a few hundred. Anything larger is not one of them.
     */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    /** Levels of lists and maps inside one another; a plan uses about ten. */
    public static final int MAX_DEPTH = 64;
    /**
     * Values (texts, numbers, lists, maps) in a file, counting each use of a shared value (*alias)
     * again: Hải Dương's plan has about 1,500. The bound keeps the memory of a file of a million
     * one-letter values, or of a few aliases nested into a billion ("billion laughs"), small.
     */
    public static final int MAX_VALUES = 100_000;
    /** Uses of shared values (*alias); a plan that shares a list of units in every item needs a few hundred. */
    public static final int MAX_ALIASES = 1_000;


    private final String source;
    private final String text;
    private final JsonNode root;
    private final Map<String, Mark> keyMarks;
    private final Map<String, Node> nodes;

    private YamlTree(String source, String text, JsonNode root, Map<String, Mark> keyMarks, Map<String, Node> nodes) {
        this.source = source;
        this.text = text;
        this.root = root;
        this.keyMarks = keyMarks;
        this.nodes = nodes;
    }

    public static YamlTree read(Path file) throws InvalidInputException {
        return parse(file.toString(), readText(file));
    }

    /** The file's text, decoded strictly as UTF-8 (a byte-order mark is dropped). */
    public static String readText(Path file) throws InvalidInputException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new InvalidInputException(Problem.ofFile(name, "đây là thư mục, cần một tệp YAML"));
            }
            byte[] bytes = BoundedRead.read(file, MAX_BYTES);
            String decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes))
                    .toString();
            return decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(Problem.ofFile(name, "không tìm thấy tệp"));
        } catch (BoundedRead.TooLargeException e) {
            throw new InvalidInputException(Problem.ofFile(name, "tệp quá lớn (trên " + BoundedRead.describe(MAX_BYTES)
                    + "); một kế hoạch thường dưới 100 KB, tệp đơn vị của cả một tỉnh dưới 1 MB"));
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(Problem.ofFile(name,
                    "tệp không được mã hóa UTF-8; hãy lưu lại tệp với bảng mã UTF-8"));
        } catch (IOException e) {
            throw new InvalidInputException(Problem.ofFile(name, "không đọc được tệp: " + e.getMessage()));
        }
    }

    public static YamlTree parse(String source, String text) throws InvalidInputException {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        // checkShape counts every alias and level first, with the place in the file; these are backstops.
        options.setMaxAliasesForCollections(MAX_ALIASES + 1);
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        options.setCodePointLimit((int) MAX_BYTES);
        DumperOptions unused = new DumperOptions();
        Yaml yaml = new Yaml(new SafeConstructor(options), new Representer(unused), unused, options, new CoreSchemaResolver());
        Node node;
        try {
            checkShape(source, text, yaml.parse(new StringReader(text)));
            node = yaml.compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            int line = mark != null ? mark.getLine() + 1 : 0;
            int column = mark != null ? mark.getColumn() + 1 : 0;
            throw new InvalidInputException(Problem.error(source, line, column, SyntaxMessages.translate(e)));
        } catch (ReaderException e) {
            int[] lineColumn = lineColumnAt(text, e.getPosition());
            throw new InvalidInputException(Problem.error(source, lineColumn[0], lineColumn[1],
                    String.format("ký tự không được phép U+%04X", e.getCodePoint())));
        } catch (YAMLException e) {
            throw new InvalidInputException(Problem.ofFile(source, SyntaxMessages.translate(e.getMessage())));
        }
        if (node == null) {
            throw new InvalidInputException(Problem.ofFile(source, "tệp rỗng, không có nội dung YAML"));
        }
        Converter converter = new Converter(source);
        JsonNode root = converter.convert(node, "", 0);
        if (!converter.problems.isEmpty()) {
            throw new InvalidInputException(converter.problems);
        }
        return new YamlTree(source, text, root, converter.keyMarks, converter.nodes);
    }

    /**
     * Counts values, aliases and levels on SnakeYAML's event stream, before any node is built:
     * the nodes of a file with a million values would fill the memory, and SnakeYAML's own limits
     * say neither where nor, in Vietnamese, what.
     */
    private static void checkShape(String source, String text, Iterable<Event> events) throws InvalidInputException {
        int values = 0;
        int aliases = 0;
        int depth = 0;
        for (Event event : events) {
            String problem = null;
            if (event instanceof AliasEvent) {
                if (++aliases > MAX_ALIASES) {
                    problem = "quá nhiều chỗ dùng bí danh (*): trên " + count(MAX_ALIASES);
                }
            } else if (event instanceof ScalarEvent) {
                values++;
            } else if (event instanceof CollectionStartEvent) {
                values++;
                if (++depth > MAX_DEPTH) {
                    problem = "cấu trúc lồng nhau quá sâu: trên " + MAX_DEPTH + " cấp danh sách, bảng";
                }
            } else if (event instanceof CollectionEndEvent) {
                depth--;
            }
            if (problem == null && values > MAX_VALUES) {
                problem = "tệp có quá nhiều giá trị: trên " + count(MAX_VALUES) + "; một kế hoạch thường có vài nghìn";
            }
            if (problem != null) {
                Mark mark = event.getStartMark();
                throw new InvalidInputException(Problem.error(source, mark.getLine() + 1, mark.getColumn() + 1, problem));
            }
        }
    }

    /** 100000 → "100.000", as Vietnamese writes numbers. */
    private static String count(int n) {
        return String.format(VietnameseNames.VIETNAMESE, "%,d", n);
    }

    public String source() {
        return source;
    }

    public String text() {
        return text;
    }

    public JsonNode root() {
        return root;
    }

    /** A problem placed at the value the JSON pointer names (or at its nearest known parent). */
    public Problem errorAt(String pointer, String message) {
        return at(pointer, valueMark(pointer), Problem.Severity.ERROR, message);
    }

    public Problem warningAt(String pointer, String message) {
        return at(pointer, valueMark(pointer), Problem.Severity.WARNING, message);
    }

    /** A problem placed at the key the JSON pointer names, e.g. an unknown key. */
    public Problem errorAtKey(String pointer, String message) {
        return at(pointer, keyMarks.containsKey(pointer) ? keyMarks.get(pointer) : valueMark(pointer), Problem.Severity.ERROR,
                message);
    }

    /** Where the value the pointer names starts, or null. */
    public Mark valueMark(String pointer) {
        Node node = nodes.get(pointer);
        return node == null ? null : node.getStartMark();
    }

    public Mark keyMark(String pointer) {
        return keyMarks.get(pointer);
    }

    /** The SnakeYAML node of the value the pointer names, with its marks and style; for the text editor. */
    Node node(String pointer) {
        return nodes.get(pointer);
    }

    /** Whether a plain (unquoted) scalar written as this text is read back as that text, not as null, a boolean or a number. */
    static boolean plainReadsAsText(String plain) {
        return CoreSchemaResolver.readsAsText(plain);
    }

    /** @param mark where the pointer's own value or key stands; null places the problem at the nearest known parent */
    private Problem at(String pointer, Mark mark, Problem.Severity severity, String message) {
        String p = pointer;
        while (mark == null && !p.isEmpty()) {
            p = p.substring(0, p.lastIndexOf('/'));
            mark = valueMark(p);
        }
        int line = mark != null ? mark.getLine() + 1 : 1;
        int column = mark != null ? mark.getColumn() + 1 : 1;
        return new Problem(source, line, column, severity, message);
    }

    /** "~" and "/" escaped as RFC 6901 requires. */
    public static String child(String pointer, String key) {
        return pointer + "/" + key.replace("~", "~0").replace("/", "~1");
    }

    public static String child(String pointer, int index) {
        return pointer + "/" + index;
    }

    static int[] lineColumnAt(String text, int offset) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < Math.min(offset, text.length()); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new int[] {line, column};
    }

    private static final class Converter {
        private final String source;
        private final JsonNodeFactory factory = JsonNodeFactory.instance;
        private final Map<String, Mark> keyMarks = new HashMap<>();
        private final Map<String, Node> nodes = new HashMap<>();
        private final List<Problem> problems = new ArrayList<>();
        /** Values made so far, each use of an alias anew: an alias expands into a copy. */
        private int values;

        Converter(String source) {
            this.source = source;
        }

        JsonNode convert(Node node, String pointer, int depth) {
            if (++values > MAX_VALUES) {
                if (values == MAX_VALUES + 1) {
                    problems.add(problemAt(node.getStartMark(), "bí danh (*) làm kế hoạch nở ra quá nhiều giá trị: trên "
                            + count(MAX_VALUES) + " khi chép mỗi chỗ dùng; hãy viết thẳng giá trị hoặc dùng ít bí danh lồng nhau hơn"));
                }
                return factory.nullNode();
            }
            nodes.put(pointer, node);
            if (depth > MAX_DEPTH) {
                problems.add(problemAt(node.getStartMark(), "cấu trúc lồng nhau quá sâu"));
                return factory.nullNode();
            }
            if (node instanceof MappingNode mapping) {
                ObjectNode object = factory.objectNode();
                Set<String> seen = new HashSet<>();
                for (NodeTuple tuple : mapping.getValue()) {
                    if (!(tuple.getKeyNode() instanceof ScalarNode keyNode)) {
                        problems.add(problemAt(tuple.getKeyNode().getStartMark(), "khóa phải là một từ, không phải danh sách hay bảng"));
                        continue;
                    }
                    String unprintable = unprintable(keyNode.getValue());
                    if (unprintable != null) {
                        problems.add(problemAt(keyNode.getStartMark(), "khóa " + unprintable));
                        continue;
                    }
                    String key = Normalizer.normalize(keyNode.getValue(), Normalizer.Form.NFC);
                    String childPointer = child(pointer, key);
                    if (!seen.add(key)) {
                        problems.add(problemAt(keyNode.getStartMark(), "khóa '" + key + "' bị lặp lại"));
                        continue;
                    }
                    keyMarks.put(childPointer, keyNode.getStartMark());
                    object.set(key, convert(tuple.getValueNode(), childPointer, depth + 1));
                }
                return object;
            }
            if (node instanceof SequenceNode sequence) {
                ArrayNode array = factory.arrayNode();
                List<Node> items = sequence.getValue();
                for (int i = 0; i < items.size(); i++) {
                    array.add(convert(items.get(i), child(pointer, i), depth + 1));
                }
                return array;
            }
            return scalar((ScalarNode) node);
        }

        private JsonNode scalar(ScalarNode node) {
            String value = node.getValue();
            boolean plain = node.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN;
            if (plain && !Tag.STR.equals(node.getTag())) {
                if (CoreSchemaResolver.NULL.matcher(value).matches()) {
                    return factory.nullNode();
                }
                if (CoreSchemaResolver.BOOL_TRUE.matcher(value).matches()) {
                    return factory.booleanNode(true);
                }
                if (CoreSchemaResolver.BOOL_FALSE.matcher(value).matches()) {
                    return factory.booleanNode(false);
                }
                if (CoreSchemaResolver.INTEGER.matcher(value).matches()) {
                    BigInteger big = new BigInteger(value.startsWith("+") ? value.substring(1) : value);
                    return big.bitLength() < 63 ? factory.numberNode(big.longValue()) : factory.textNode(value);
                }
                if (CoreSchemaResolver.FLOAT.matcher(value).matches()) {
                    return factory.numberNode(Double.parseDouble(value));
                }
            }
            String unprintable = unprintable(value);
            if (unprintable != null) {
                problems.add(problemAt(node.getStartMark(), "văn bản " + unprintable));
            }
            return factory.textNode(PlainText.normalize(value));
        }

        /**
         * What makes the text unprintable, or null: a control character, or half of a UTF-16
         * surrogate pair (only a "\uD800" escape in quotes writes one), which would come out as "?".
         */
        private static String unprintable(String value) {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFE || c == 0xFFFF) {
                    return String.format("chứa ký tự điều khiển U+%04X, không in được trong văn bản", (int) c);
                }
                if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return String.format("chứa U+%04X, một nửa cặp mã UTF-16 đứng lẻ, không phải một chữ;"
                            + " hãy xóa hoặc gõ lại chữ ở đó", (int) c);
                }
            }
            return null;
        }

        private Problem problemAt(Mark mark, String message) {
            return Problem.error(source, mark.getLine() + 1, mark.getColumn() + 1, message);
        }
    }
}
