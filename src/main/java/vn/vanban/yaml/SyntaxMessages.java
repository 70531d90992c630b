package vn.vanban.yaml;

import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/** SnakeYAML's syntax errors in words a clerk can act on. */
final class SyntaxMessages {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("mapping values are not allowed here",
                    "có dấu ':' không đúng chỗ; văn bản chứa ': ' cần đặt trong dấu nháy \"...\""),
            Map.entry("could not find expected ':'", "thiếu dấu ':' sau khóa, hoặc dòng trên chưa đóng dấu nháy"),
            Map.entry("found character '\\t' that cannot start any token",
                    "không dùng ký tự tab để thụt lề; hãy dùng dấu cách"),
            Map.entry("did not find expected key", "thụt lề không khớp với các khóa cùng cấp"),
            Map.entry("did not find expected '-' indicator", "thụt lề không khớp với các phần tử danh sách cùng cấp"),
            Map.entry("found unexpected end of stream", "tệp kết thúc khi dấu nháy hoặc ngoặc chưa đóng"),
            Map.entry("found undefined alias", "dùng bí danh (*) chưa được định nghĩa"),
            Map.entry("expected a single document in the stream", "tệp chỉ được chứa một văn bản YAML (bỏ dòng '---' thứ hai)"),
            Map.entry("found duplicate key", "khóa bị lặp lại"),
            Map.entry("expected ',' or ']'", "danh sách [...] chưa đóng, hoặc thiếu dấu phẩy giữa hai phần tử"),
            Map.entry("expected ',' or '}'", "nhóm {...} chưa đóng, hoặc thiếu dấu phẩy giữa hai cặp khóa: giá trị"),
            Map.entry("expected the node content", "thiếu giá trị ở đây: dấu phẩy thừa, hoặc ngoặc [ ] hay { } chưa đóng"),
            Map.entry("expected <block end>", "thụt lề không đúng, hoặc có ký tự thừa sau giá trị (ví dụ dấu ']' thừa)"));

    private SyntaxMessages() {
    }

    static String translate(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        for (Map.Entry<String, String> known : KNOWN.entrySet()) {
            if (problem.startsWith(known.getKey())) {
                return "lỗi cú pháp YAML: " + known.getValue();
            }
        }
        return "lỗi cú pháp YAML: " + problem;
    }
}
