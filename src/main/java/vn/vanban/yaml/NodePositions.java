package vn.vanban.yaml;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.CollectionNode;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Where each value of a YAML file is written, for {@link YamlEditor}: the node a JSON pointer
 * names and the place it stands in (its parent, its key, whether inside a flow collection), how
 * many places share it through aliases, and the offsets in the text where its own text starts
 * and ends.
 */
final class NodePositions {

    /** The node a pointer names and where it stands: under which parent and key (null for a sequence item). */
    record Context(Node node, Node parent, ScalarNode key, boolean inFlow) {
    }

    private final YamlTree tree;
    private final SourceText source;
    private final Map<String, Context> contexts = new HashMap<>();
    private final Map<Node, Integer> uses = new IdentityHashMap<>();
    private final Map<Node, ScalarSource> scalars = new IdentityHashMap<>();

    NodePositions(YamlTree tree) {
        this.tree = tree;
        this.source = new SourceText(tree.text());
        Node root = tree.node("");
        if (root != null) {
            index(root, "", null, null, false, 0);
        }
    }

    YamlTree tree() {
        return tree;
    }

    SourceText source() {
        return source;
    }

    /** The node at the pointer and where it stands, or null when the pointer names nothing. */
    Context context(String pointer) {
        return contexts.get(pointer);
    }

    /** Whether the node stands in more than one place (an anchor and its aliases), where one edit would change all. */
    boolean shared(Node node) {
        return uses.getOrDefault(node, 0) > 1;
    }

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

    ScalarSource scalar(ScalarNode node) {
        return scalars.computeIfAbsent(node, n -> ScalarSource.read(source, (ScalarNode) n));
    }

    int start(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar).start();
        }
        return ScalarSource.skipProperties(source.text(), source.offset(node.getStartMark()));
    }

    /** Where the node's own text ends: trailing comments and blank lines are not part of it. */
    int end(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar).end();
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

    static boolean isFlow(Node node) {
        return node instanceof CollectionNode<?> collection && collection.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    static boolean isBlockCollection(Node node) {
        return node instanceof CollectionNode<?> && !isFlow(node);
    }

    /** Just after the ':' that follows a key. */
    int afterColon(ScalarNode key) {
        int p = scalar(key).end();
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
    int childColumn(Context context) {
        if (context.key() != null) {
            return source.column(start(context.key())) + 2;
        }
        return source.column(start(context.node()));
    }

    /** Keys are indexed in NFC, so a pointer finds a key whichever form the file wrote it in. */
    static String nfc(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC);
    }
}
