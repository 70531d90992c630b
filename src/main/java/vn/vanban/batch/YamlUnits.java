package vn.vanban.batch;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.Mark;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.yaml.YamlTree;

/**
 * Reads a units file in YAML: a list with one mapping per unit, keyed like the CSV columns.
 * Variables may be written as "bien.ten: ..." or nested under "bien:". A code written as a plain
 * number (ma: 4) is read as the five-digit code it stands for (00004).
 */
final class YamlUnits {

    private YamlUnits() {
    }

    static UnitsTable parse(String source, String text) throws InvalidInputException {
        YamlTree tree = YamlTree.parse(source, text);
        JsonNode root = tree.root();
        if (!root.isArray()) {
            throw new InvalidInputException(tree.errorAt("", "tệp đơn vị phải là một danh sách, mỗi phần tử một đơn vị: - ma: '00004'"));
        }
        List<Problem> problems = new ArrayList<>();
        Map<String, UnitsTable.Cell> columns = new LinkedHashMap<>();
        List<UnitsTable.Row> rows = new ArrayList<>();
        for (int i = 0; i < root.size(); i++) {
            String pointer = YamlTree.child("", i);
            JsonNode unit = root.get(i);
            if (!unit.isObject()) {
                problems.add(tree.errorAt(pointer, "mỗi đơn vị là một bảng khóa: giá trị, ví dụ: ma: '00004'"));
                continue;
            }
            Map<String, UnitsTable.Cell> cells = new HashMap<>();
            Iterator<Map.Entry<String, JsonNode>> fields = unit.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String key = field.getKey();
                String keyPointer = YamlTree.child(pointer, key);
                if (key.equals(UnitColumns.VARIABLES) && field.getValue().isObject()) {
                    field.getValue().fields().forEachRemaining(v -> cell(tree, YamlTree.child(keyPointer, v.getKey()),
                            UnitColumns.VARIABLE_PREFIX + v.getKey(), v.getValue(), cells, columns, problems));
                } else {
                    cell(tree, keyPointer, key, field.getValue(), cells, columns, problems);
                }
            }
            Mark start = tree.valueMark(pointer);
            rows.add(new UnitsTable.Row(line(start), start == null ? 1 : start.getColumn() + 1, cells));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new UnitsTable(source, List.copyOf(columns.values()), rows);
    }

    private static void cell(YamlTree tree, String pointer, String column, JsonNode value,
            Map<String, UnitsTable.Cell> cells, Map<String, UnitsTable.Cell> columns, List<Problem> problems) {
        Mark key = tree.keyMark(pointer);
        columns.putIfAbsent(column, new UnitsTable.Cell(column, line(key), key == null ? 1 : key.getColumn() + 1));
        String text;
        if (value.isNull()) {
            return;
        } else if (value.isTextual()) {
            text = value.textValue();
        } else if (value.isIntegralNumber() && column.equals(UnitColumns.CODE)) {
            text = String.format("%05d", value.longValue());
        } else if (value.isNumber()) {
            text = value.asText();
        } else {
            problems.add(tree.errorAt(pointer, column + ": cần một giá trị (chữ hoặc số), không phải danh sách hay bảng"));
            return;
        }
        if (!text.isEmpty()) {
            Mark mark = tree.valueMark(pointer);
            cells.put(column, new UnitsTable.Cell(text, line(mark), mark == null ? 1 : mark.getColumn() + 1));
        }
    }

    private static int line(Mark mark) {
        return mark == null ? 1 : mark.getLine() + 1;
    }
}
