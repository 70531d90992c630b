package vn.vanban.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.text.PlainText;

/**
 * Reads a units file in CSV: a header row, then one row per unit (RFC 4180 quoting, fields may
 * span lines). The separator is whichever of comma, semicolon or tab the header uses, because a
 * spreadsheet set to Vietnamese saves with semicolons. Rows that are entirely empty are skipped.
 */
final class CsvUnits {

    private static final char[] SEPARATORS = {',', ';', '\t'};

    private final String source;
    private final String text;
    private final char separator;
    private int pos;
    private int line = 1;
    private int column = 1;

    private CsvUnits(String source, String text) {
        this.source = source;
        this.text = text;
        this.separator = separatorOf(text);
    }

    static UnitsTable parse(String source, String text) throws InvalidInputException {
        return new CsvUnits(source, text).table();
    }

    private UnitsTable table() throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        List<List<UnitsTable.Cell>> records = new ArrayList<>();
        while (pos < text.length()) {
            List<UnitsTable.Cell> record = record();
            if (record.stream().anyMatch(c -> !c.text().isEmpty())) {
                records.add(record);
            }
        }
        if (records.isEmpty()) {
            throw new InvalidInputException(Problem.ofFile(source, "tệp rỗng; dòng đầu phải là tiêu đề các cột, ví dụ: ma,ho_ten,so"));
        }
        List<UnitsTable.Cell> header = records.get(0);
        List<String> columns = new ArrayList<>();
        List<UnitsTable.Cell> columnCells = new ArrayList<>();
        for (UnitsTable.Cell cell : header) {
            String name = cell.text().toLowerCase(Locale.ROOT);
            if (name.isEmpty()) {
                problems.add(Problem.error(source, cell.line(), cell.column(), "tiêu đề có một cột không tên"));
            } else if (columns.contains(name)) {
                problems.add(Problem.error(source, cell.line(), cell.column(), "cột '" + name + "' lặp lại trong tiêu đề"));
            }
            columns.add(name);
            columnCells.add(new UnitsTable.Cell(name, cell.line(), cell.column()));
        }
        List<UnitsTable.Row> rows = new ArrayList<>();
        for (List<UnitsTable.Cell> record : records.subList(1, records.size())) {
            if (record.size() > columns.size()) {
                UnitsTable.Cell extra = record.get(columns.size());
                problems.add(Problem.error(source, extra.line(), extra.column(), "dòng có " + record.size()
                        + " cột, tiêu đề chỉ có " + columns.size() + "; ô có dấu '" + printable(separator)
                        + "' phải đặt trong ngoặc kép"));
                continue;
            }
            Map<String, UnitsTable.Cell> cells = new HashMap<>();
            for (int i = 0; i < record.size(); i++) {
                if (!record.get(i).text().isEmpty()) {
                    cells.put(columns.get(i), record.get(i));
                }
            }
            rows.add(new UnitsTable.Row(record.get(0).line(), 1, cells));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new UnitsTable(source, columnCells, rows);
    }

    /** One record from the current position to the end of its last line. */
    private List<UnitsTable.Cell> record() throws InvalidInputException {
        List<UnitsTable.Cell> fields = new ArrayList<>();
        while (true) {
            int fieldLine = line;
            int fieldColumn = column;
            String raw = pos < text.length() && text.charAt(pos) == '"' ? quoted(fieldLine, fieldColumn) : plain();
            fields.add(new UnitsTable.Cell(PlainText.normalize(raw), fieldLine, fieldColumn));
            if (pos < text.length() && text.charAt(pos) == separator) {
                advance();
                continue;
            }
            endOfLine();
            return fields;
        }
    }

    private String plain() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == separator || c == '\n' || c == '\r') {
                break;
            }
            advance();
        }
        return text.substring(start, pos);
    }

    private String quoted(int fieldLine, int fieldColumn) throws InvalidInputException {
        StringBuilder value = new StringBuilder();
        advance();
        while (true) {
            if (pos >= text.length()) {
                throw new InvalidInputException(Problem.error(source, fieldLine, fieldColumn,
                        "ngoặc kép mở ở đây không được đóng"));
            }
            char c = text.charAt(pos);
            if (c == '"') {
                if (pos + 1 < text.length() && text.charAt(pos + 1) == '"') {
                    value.append('"');
                    advance();
                    advance();
                    continue;
                }
                advance();
                break;
            }
            value.append(c);
            advance();
        }
        while (pos < text.length() && (text.charAt(pos) == ' ' || text.charAt(pos) == '\t') && text.charAt(pos) != separator) {
            advance();
        }
        if (pos < text.length() && text.charAt(pos) != separator && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            throw new InvalidInputException(Problem.error(source, line, column,
                    "sau ngoặc kép đóng cần dấu '" + printable(separator) + "' hoặc hết dòng; ngoặc kép trong ô viết thành \"\""));
        }
        return value.toString();
    }

    private void endOfLine() {
        if (pos < text.length() && text.charAt(pos) == '\r') {
            pos++;
            if (pos < text.length() && text.charAt(pos) == '\n') {
                pos++;
            }
        } else if (pos < text.length() && text.charAt(pos) == '\n') {
            pos++;
        }
        line++;
        column = 1;
    }

    private void advance() {
        char c = text.charAt(pos++);
        if (c == '\n' || (c == '\r' && (pos >= text.length() || text.charAt(pos) != '\n'))) {
            line++;
            column = 1;
        } else if (c != '\r') {
            column++;
        }
    }

    /** The separator the header line uses most, outside quotes; comma when it uses none. */
    static char separatorOf(String text) {
        int[] counts = new int[SEPARATORS.length];
        boolean inQuotes = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes && (c == '\n' || c == '\r')) {
                break;
            } else if (!inQuotes) {
                for (int s = 0; s < SEPARATORS.length; s++) {
                    if (c == SEPARATORS[s]) {
                        counts[s]++;
                    }
                }
            }
        }
        int best = 0;
        for (int s = 1; s < SEPARATORS.length; s++) {
            if (counts[s] > counts[best]) {
                best = s;
            }
        }
        return SEPARATORS[best];
    }

    private static String printable(char separator) {
        return separator == '\t' ? "tab" : String.valueOf(separator);
    }
}
