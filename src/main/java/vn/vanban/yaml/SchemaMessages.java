package vn.vanban.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.problem.Problem;
import vn.vanban.text.EditDistance;

/** Schema violations worded for a clerk: which key, what was found, what is expected. */
final class SchemaMessages {

    private static final Map<String, String> TYPE_NAMES = Map.of(
            "string", "văn bản",
            "integer", "số nguyên",
            "number", "số",
            "array", "danh sách",
            "object", "nhóm khóa",
            "null", "để trống",
            "boolean", "true hoặc false");

    /** What a value that fails its pattern should look like, by the key it belongs to. */
    private static final Map<String, String> PATTERN_HINTS = Map.of(
            "ngay", "ngày viết dạng NĂM-THÁNG-NGÀY, ví dụ 2023-02-17",
            "viet_tat", "chữ viết tắt chỉ gồm chữ in hoa và chữ số, các nhóm nối bằng '-', ví dụ UBND",
            "so", "số và ký hiệu viết liền, không có dấu cách, ví dụ 416/KH-UBND");

    private static final Pattern WORD = Pattern.compile("[a-z]+");

    private SchemaMessages() {
    }

    static Problem toProblem(YamlTree tree, ValidationMessage message) {
        String pointer = message.getInstanceLocation().toString();
        String where = keyPath(pointer);
        Object[] args = message.getArguments() == null ? new Object[0] : message.getArguments();
        JsonNode value = message.getInstanceNode();
        switch (message.getType()) {
            case "additionalProperties": {
                String key = message.getProperty();
                String childPointer = YamlTree.child(pointer, key);
                return tree.errorAtKey(childPointer, unknownKey(key, where, message));
            }
            case "required": {
                String key = message.getProperty();
                return tree.errorAtKey(pointer, prefix(where) + "thiếu khóa bắt buộc '" + key + "'");
            }
            case "type": {
                String found = typeName(String.valueOf(args.length > 0 ? args[0] : ""));
                String expected = typeNames(String.valueOf(args.length > 1 ? args[1] : ""));
                String hint = "";
                if (value != null && value.isObject() && looksLikeTextWithColon(value)) {
                    hint = "; văn bản có dấu ': ' cần đặt trong dấu nháy \"...\"";
                } else if (value != null && value.isTextual() && expected.contains("số")
                        && CoreSchemaResolver.readsAsNumber(value.textValue())) {
                    // A number in quotes is text to YAML; the clerk sees only the number.
                    hint = ": \"" + value.textValue() + "\" đặt trong dấu nháy thì là văn bản; viết số không có dấu nháy: "
                            + lastKey(pointer) + ": " + value.textValue();
                }
                return tree.errorAt(pointer, prefix(where) + "cần " + expected + ", nhưng gặp " + found + hint);
            }
            case "enum": {
                String allowed = String.valueOf(args.length > 0 ? args[0] : "")
                        .replaceAll("^\\[|]$", "").replace("\"", "").replace(", null", "").replace("null, ", "");
                return tree.errorAt(pointer, prefix(where) + "giá trị '" + shown(value)
                        + "' không hợp lệ; phải là một trong: " + allowed);
            }
            case "minimum":
                return tree.errorAt(pointer, prefix(where) + "giá trị " + shown(value) + " nhỏ hơn mức tối thiểu "
                        + args[0] + rangeNote(where));
            case "maximum":
                return tree.errorAt(pointer, prefix(where) + "giá trị " + shown(value) + " lớn hơn mức tối đa "
                        + args[0] + rangeNote(where));
            case "multipleOf":
                return tree.errorAt(pointer, prefix(where) + "giá trị " + shown(value) + " phải là bội số của " + args[0]);
            case "minLength":
                return tree.errorAt(pointer, prefix(where) + "không được để trống");
            case "minItems":
                return tree.errorAt(pointer, prefix(where) + "danh sách cần ít nhất " + args[0] + " phần tử");
            case "pattern": {
                String hint = PATTERN_HINTS.getOrDefault(lastKey(pointer), "không đúng dạng " + args[0]);
                return tree.errorAt(pointer, prefix(where) + "'" + shown(value) + "' không đúng dạng: " + hint);
            }
            case "propertyNames": {
                String name = String.valueOf(args.length > 0 ? args[0] : message.getProperty());
                return tree.errorAtKey(YamlTree.child(pointer, name), prefix(where) + "tên biến '" + name
                        + "' không hợp lệ: chỉ dùng chữ thường không dấu, chữ số và '_', bắt đầu bằng chữ");
            }
            default:
                return tree.errorAt(pointer, prefix(where) + message.getMessage());
        }
    }

    private static String unknownKey(String key, String where, ValidationMessage message) {
        StringBuilder text = new StringBuilder(prefix(where)).append("khóa không hợp lệ '").append(key).append("'");
        List<String> allowed = BundledSchema.allowedKeys(parentSchema(message));
        closest(key, allowed).ifPresent(suggestion -> text.append("; có phải '").append(suggestion).append("'?"));
        if (!key.matches("[a-z0-9_]+")) {
            text.append(" (nếu đây là văn bản có dấu ': ', hãy đặt cả câu trong dấu nháy \"...\")");
        } else if (!allowed.isEmpty()) {
            text.append("; các khóa được dùng ở đây: ").append(String.join(", ", allowed));
        }
        return text.toString();
    }

    /** The schema object whose additionalProperties rejected the key. */
    private static JsonNode parentSchema(ValidationMessage message) {
        return BundledSchema.parentOf(message.getSchemaLocation());
    }

    static Optional<String> closest(String key, List<String> candidates) {
        return candidates.stream()
                .filter(c -> EditDistance.between(key, c) <= Math.max(1, Math.min(3, c.length() / 3)))
                .min(Comparator.comparingInt(c -> EditDistance.between(key, c)));
    }

    private static boolean looksLikeTextWithColon(JsonNode object) {
        List<String> keys = new ArrayList<>();
        object.fieldNames().forEachRemaining(keys::add);
        return keys.size() == 1 && !keys.get(0).matches("[a-z0-9_]+");
    }

    private static String rangeNote(String where) {
        return where.startsWith("trinh_bay") ? " (khoảng Nghị định 30/2020/NĐ-CP cho phép)" : "";
    }

    private static String typeName(String type) {
        return TYPE_NAMES.getOrDefault(type.toLowerCase(java.util.Locale.ROOT), type);
    }

    private static String typeNames(String types) {
        List<String> names = new ArrayList<>();
        Matcher m = WORD.matcher(types.toLowerCase(java.util.Locale.ROOT));
        while (m.find()) {
            names.add(typeName(m.group()));
        }
        return names.isEmpty() ? types : String.join(" hoặc ", names);
    }

    private static String shown(JsonNode value) {
        if (value == null) {
            return "";
        }
        return value.isTextual() ? value.textValue() : value.toString();
    }

    private static String prefix(String where) {
        return where.isEmpty() ? "" : where + ": ";
    }

    /** "/noi_dung/0/muc/2/tieu_de" → "noi_dung[1].muc[3].tieu_de", positions counted from 1. */
    static String keyPath(String pointer) {
        if (pointer.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String segment : Arrays.asList(pointer.substring(1).split("/"))) {
            String key = segment.replace("~1", "/").replace("~0", "~");
            if (key.matches("[0-9]+")) {
                out.append('[').append(Integer.parseInt(key) + 1).append(']');
            } else {
                out.append(out.length() == 0 ? "" : ".").append(key);
            }
        }
        return out.toString();
    }

    private static String lastKey(String pointer) {
        return Arrays.stream(pointer.split("/"))
                .filter(s -> !s.matches("[0-9]+") && !s.isEmpty())
                .reduce((first, second) -> second)
                .orElse("");
    }
}
