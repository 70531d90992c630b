package vn.vanban.yaml;

import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * SnakeYAML's syntax errors in words a clerk can act on. The table holds every problem its
 * scanner, parser and composer can report (SnakeYAML 2.x, by the start of the sentence); one it
 * does not know gets a general message, never SnakeYAML's English.
 */
final class SyntaxMessages {

    static final String PREFIX = "lỗi cú pháp YAML: ";

    private static final String TAB = "dòng này thụt lề bằng ký tự tab, YAML không cho phép; hãy thay mỗi tab ở đầu dòng"
            + " bằng dấu cách (thường 2 dấu cách một cấp, thẳng cột với các khóa cùng cấp)";
    private static final String TAG = "dấu '!' ở đầu giá trị là thẻ kiểu của YAML, không dùng trong kế hoạch;"
            + " văn bản mở đầu bằng '!' cần đặt trong dấu nháy \"...\"";
    private static final String DIRECTIVE = "dòng mở đầu bằng '%' là chỉ thị của YAML; xóa dòng đó, hoặc đặt văn bản"
            + " trong dấu nháy \"...\"";
    private static final String ALIAS = "dấu '*' hoặc '&' ở đầu giá trị là bí danh của YAML và cần một tên ngay sau;"
            + " văn bản mở đầu bằng '*' hay '&' cần đặt trong dấu nháy \"...\"";
    private static final String BLOCK_HEADER = "sau dấu '|' hoặc '>' chỉ được có '-', '+' hoặc một chữ số 1–9;"
            + " văn bản của khối viết từ dòng sau, thụt lề vào";
    private static final String ESCAPE = "trong dấu nháy kép \"...\", dấu '\\' phải đi với một ký tự đặc biệt (\\n, \\\", \\\\);"
            + " muốn in dấu '\\' hãy viết '\\\\', hoặc dùng dấu nháy đơn '...'";
    private static final String GENERAL = "cấu trúc không đúng ở đây; hãy xem thụt lề, dấu ':' sau khóa, dấu nháy và"
            + " dấu ngoặc [ ] { } ở dòng này và dòng trên";

    /** SnakeYAML's problem, by how it starts, and what to tell the clerk; the first that matches wins. */
    private static final List<Map.Entry<String, String>> KNOWN = List.of(
            // scanner
            Map.entry("found character '\\t(TAB)' that cannot start any token", TAB),
            Map.entry("found character '", "ký tự này không được đứng đầu một giá trị (ví dụ @ hoặc `); văn bản mở đầu"
                    + " bằng nó cần đặt trong dấu nháy \"...\""),
            Map.entry("mapping values are not allowed here",
                    "có dấu ':' không đúng chỗ; văn bản chứa ': ' cần đặt trong dấu nháy \"...\""),
            Map.entry("mapping keys are not allowed here",
                    "dấu '?' không đúng chỗ; văn bản mở đầu bằng '?' cần đặt trong dấu nháy \"...\""),
            Map.entry("sequence entries are not allowed here", "gạch đầu dòng '- ' không đúng chỗ: mỗi phần tử danh sách"
                    + " đứng đầu một dòng, thẳng cột với các phần tử cùng cấp; văn bản mở đầu bằng '- ' cần đặt trong dấu nháy"),
            Map.entry("could not find expected ':'", "thiếu dấu ':' sau khóa, hoặc dòng trên chưa đóng dấu nháy"),
            Map.entry("found unexpected end of stream", "tệp kết thúc khi dấu nháy hoặc ngoặc chưa đóng"),
            Map.entry("found unexpected document separator",
                    "dòng '---' hoặc '...' nằm trong một giá trị chưa đóng dấu nháy; đóng dấu nháy trước dòng đó"),
            Map.entry("found unknown escape character", ESCAPE),
            Map.entry("expected escape sequence of", ESCAPE),
            Map.entry("expected a comment or a line break", "có chữ thừa sau dấu '|' hoặc '>' (văn bản của khối viết từ"
                    + " dòng sau), sau một bí danh, hoặc sau một chỉ thị '%'"),
            Map.entry("expected chomping or indentation indicators", BLOCK_HEADER),
            Map.entry("expected indentation indicator in the range 1-9", BLOCK_HEADER),
            Map.entry("expected alphabetic or numeric character", ALIAS),
            Map.entry("unexpected character found", ALIAS),
            Map.entry("expected ' ', but found", TAG),
            Map.entry("expected '!', but found", TAG),
            Map.entry("expected '>', but found", TAG),
            Map.entry("expected URI", TAG),
            Map.entry("expected a digit", DIRECTIVE),
            Map.entry("found a number which cannot represent a valid version", DIRECTIVE),
            Map.entry("The incoming YAML document exceeds the limit", "tệp quá lớn"),
            // parser
            Map.entry("expected '<document start>'", "có ký tự thừa sau phần đã trọn của tệp (ví dụ dấu ']' hay '}'"
                    + " thừa, hoặc chữ sau dòng '...'); tệp chỉ chứa một văn bản YAML"),
            Map.entry("expected <block end>", "thụt lề không đúng, hoặc có ký tự thừa sau giá trị (ví dụ dấu ']' thừa)"),
            Map.entry("expected ',' or ']'", "danh sách [...] chưa đóng, hoặc thiếu dấu phẩy giữa hai phần tử"),
            Map.entry("expected ',' or '}'", "nhóm {...} chưa đóng, hoặc thiếu dấu phẩy giữa hai cặp khóa: giá trị"),
            Map.entry("expected the node content", "thiếu giá trị ở đây: dấu phẩy thừa, hoặc ngoặc [ ] hay { } chưa đóng"),
            Map.entry("found undefined tag handle", TAG),
            Map.entry("duplicate tag handle", DIRECTIVE),
            Map.entry("found duplicate YAML directive", DIRECTIVE),
            Map.entry("found incompatible YAML document", DIRECTIVE),
            // composer
            Map.entry("but found another document",
                    "tệp chỉ được chứa một văn bản YAML (bỏ dòng '---' thứ hai)"),
            Map.entry("expected a single document in the stream",
                    "tệp chỉ được chứa một văn bản YAML (bỏ dòng '---' thứ hai)"),
            Map.entry("found undefined alias", "dùng bí danh (*) chưa được định nghĩa; văn bản mở đầu bằng '*' cần đặt"
                    + " trong dấu nháy \"...\""),
            Map.entry("Global tag is not allowed", TAG),
            Map.entry("Number of aliases for non-scalar nodes exceeds", "quá nhiều chỗ dùng bí danh (*)"),
            Map.entry("Nesting Depth exceeded", "cấu trúc lồng nhau quá sâu"));

    private SyntaxMessages() {
    }

    static String translate(MarkedYAMLException e) {
        return translate(e.getProblem());
    }

    /** The clerk's message for a problem SnakeYAML reported in English (or for none). */
    static String translate(String problem) {
        String p = problem == null ? "" : problem;
        for (Map.Entry<String, String> known : KNOWN) {
            if (p.startsWith(known.getKey())) {
                return PREFIX + known.getValue();
            }
        }
        return PREFIX + GENERAL;
    }
}
