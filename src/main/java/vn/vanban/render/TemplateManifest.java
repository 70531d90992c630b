package vn.vanban.render;

import freemarker.cache.TemplateLoader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;

/**
 * A document type's parts.txt: each line names a part of the .docx package and the template that
 * writes it. A --templates folder may replace the list, so every name is checked: a part name
 * with ".." or a leading "/" would put a file outside the folder of whoever unzips the .docx
 * ("zip slip"), and two lines for one part would make a package Word refuses.
 */
final class TemplateManifest {

    /** One line: the part's name in the package and the template file that writes it. */
    record Entry(String partName, String template, int line) {
    }

    /** OPC part names as vanban writes them: relative, segments of letters, digits and . _ - [ ]. */
    private static final Pattern PART_NAME = Pattern.compile("[A-Za-z0-9._\\[\\]-]+(/[A-Za-z0-9._\\[\\]-]+)*");
    private static final Pattern TEMPLATE_NAME = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*");

    private TemplateManifest() {
    }

    /**
     * @param where the file a clerk can open for a template name (the override, or the bundled one)
     */
    static List<Entry> read(TemplateLoader loader, String manifest, Function<String, String> where)
            throws InvalidInputException, IOException {
        Object source = loader.findTemplateSource(manifest);
        if (source == null) {
            throw new InvalidInputException(Problem.ofFile(manifest, "không có danh sách phần của loại văn bản này"));
        }
        String file = where.apply(manifest);
        List<Entry> entries = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lines = new HashMap<>();
        try (Reader reader = loader.getReader(source, "UTF-8"); BufferedReader text = new BufferedReader(reader)) {
            String line;
            int number = 0;
            while ((line = text.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+");
                if (fields.length != 2) {
                    problems.add(Problem.error(file, number, 1, "mỗi dòng cần hai cột: tên phần trong gói .docx và tệp mẫu"));
                    continue;
                }
                String problem = check(fields[0], fields[1], lines);
                if (problem != null) {
                    problems.add(Problem.error(file, number, 1, problem));
                    continue;
                }
                lines.put(fields[0].toLowerCase(Locale.ROOT), number);
                entries.add(new Entry(fields[0], fields[1], number));
            }
        } finally {
            loader.closeTemplateSource(source);
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return entries;
    }

    private static String check(String part, String template, Map<String, Integer> lines) {
        if (!PART_NAME.matcher(part).matches() || hasDotSegment(part)) {
            return "tên phần '" + part + "' không dùng được: cần một đường dẫn tương đối trong gói .docx (chữ cái không dấu,"
                    + " chữ số, . _ - [ ] và /), không bắt đầu bằng '/', không có '..'";
        }
        Integer earlier = lines.get(part.toLowerCase(Locale.ROOT));
        if (earlier != null) {
            return "phần '" + part + "' đã có ở dòng " + earlier + " (tên phần không phân biệt chữ hoa, chữ thường);"
                    + " mỗi phần chỉ được ghi một lần";
        }
        if (!TEMPLATE_NAME.matcher(template).matches() || hasDotSegment(template)) {
            return "tên tệp mẫu '" + template + "' không dùng được: cần một đường dẫn tương đối trong thư mục mẫu,"
                    + " không bắt đầu bằng '/', không có '..'";
        }
        return null;
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/")) {
            if (segment.equals(".") || segment.equals("..")) {
                return true;
            }
        }
        return false;
    }
}
