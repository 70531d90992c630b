package vn.vanban.batch;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.vanban.model.VietnameseNames;
import vn.vanban.problem.InvalidInputException;
import vn.vanban.problem.Problem;
import vn.vanban.units.AdministrativeUnit;
import vn.vanban.units.UnitList;
import vn.vanban.units.UnitNames;
import vn.vanban.yaml.YamlTree;

/**
 * The units of a batch: the communes of a province from the bundled list, or the rows of a
 * units file checked against it. Everything wrong with a units file is reported at once, before
 * any document is written: a batch that cannot say which units it covers does not start.
 */
public final class BatchUnits {

    /** Codes become file names: letters, digits, hyphen and underscore only. */
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z_-]{1,32}");
    /** The official codes have five digits; a spreadsheet drops the leading zeros of 00004. */
    private static final int CODE_DIGITS = 5;

    private BatchUnits() {
    }

    /** The commune-level units of a province, in the list's order. */
    public static List<BatchUnit> ofProvince(UnitList list, String query) throws InvalidInputException {
        AdministrativeUnit province = list.province(query).orElseThrow(() ->
                new InvalidInputException(Problem.ofFile("--province", unknownProvince(list, query))));
        List<BatchUnit> units = new ArrayList<>();
        for (AdministrativeUnit commune : list.communes(province)) {
            units.add(new BatchUnit(commune.code(), commune.type(), commune.name(), commune.placeName(),
                    commune.inText(), Map.of(), null, 0));
        }
        return units;
    }

    /**
     * The units of a CSV (.csv, .tsv, .txt) or YAML (.yaml, .yml) file.
     *
     * @param planVariables the names the plan declares under "bien"; a bien.x column must be one
     */
    public static List<BatchUnit> read(Path file, UnitList list, Set<String> planVariables) throws InvalidInputException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
        if (!yaml && !name.endsWith(".csv") && !name.endsWith(".tsv") && !name.endsWith(".txt")) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "tệp đơn vị phải là .csv hoặc .yaml"));
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(Problem.ofFile(file.toString(), "đây là thư mục, cần một tệp .csv hoặc .yaml"));
        }
        String text = YamlTree.readText(file);
        UnitsTable table = yaml ? YamlUnits.parse(file.toString(), text) : CsvUnits.parse(file.toString(), text);
        return fromTable(table, list, planVariables);
    }

    static List<BatchUnit> fromTable(UnitsTable table, UnitList list, Set<String> planVariables)
            throws InvalidInputException {
        List<Problem> problems = new ArrayList<>();
        checkColumns(table, planVariables, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> valueColumns = table.columns().stream().map(UnitsTable.Cell::text)
                .filter(c -> UnitColumns.VALUES.contains(c) || c.startsWith(UnitColumns.VARIABLE_PREFIX)).toList();
        Map<String, Integer> seen = new HashMap<>();
        List<BatchUnit> units = new ArrayList<>();
        for (UnitsTable.Row row : table.rows()) {
            Optional<BatchUnit> unit = new RowReader(table.source(), row, list, problems).read();
            if (unit.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(unit.get().code(), row.line());
            if (first != null) {
                problems.add(error(table.source(), row, UnitColumns.CODE, "mã " + unit.get().code()
                        + " trùng với dòng " + first + "; mỗi đơn vị chỉ ghi một lần"));
                continue;
            }
            Map<String, String> values = new LinkedHashMap<>();
            valueColumns.forEach(c -> values.put(c, row.text(c)));
            BatchUnit u = unit.get();
            units.add(new BatchUnit(u.code(), u.type(), u.name(), u.placeName(), u.territory(), values,
                    table.source(), row.line()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (units.isEmpty()) {
            throw new InvalidInputException(Problem.ofFile(table.source(), "tệp không có đơn vị nào"));
        }
        return units;
    }

    private static void checkColumns(UnitsTable table, Set<String> planVariables, List<Problem> problems) {
        if (!table.has(UnitColumns.CODE)) {
            UnitsTable.Cell first = table.columns().isEmpty() ? null : table.columns().get(0);
            problems.add(first == null ? Problem.ofFile(table.source(), missingCode())
                    : Problem.error(table.source(), first.line(), 1, missingCode()));
        }
        for (UnitsTable.Cell column : table.columns()) {
            String name = column.text();
            if (!UnitColumns.known(name)) {
                problems.add(Problem.error(table.source(), column.line(), column.column(),
                        "cột '" + name + "' không dùng được; các cột: " + UnitColumns.all()));
            } else if (name.startsWith(UnitColumns.VARIABLE_PREFIX)) {
                String variable = name.substring(UnitColumns.VARIABLE_PREFIX.length());
                if (!planVariables.contains(variable)) {
                    problems.add(Problem.error(table.source(), column.line(), column.column(), "biến '" + variable
                            + "' không được khai báo trong 'bien' của kế hoạch"
                            + (planVariables.isEmpty() ? "" : "; các biến: " + String.join(", ", planVariables.stream().sorted().toList()))));
                }
            }
        }
    }

    private static String missingCode() {
        return "thiếu cột 'ma' (mã đơn vị hành chính, ví dụ 00004); dòng đầu là tiêu đề các cột";
    }

    /** What to tell a clerk whose province is not in the list (see {@link UnitList#unknownProvince}). */
    public static String unknownProvince(UnitList list, String query) {
        return list.unknownProvince(query);
    }

    private static Problem error(String source, UnitsTable.Row row, String column, String message) {
        int[] at = row.position(column);
        return Problem.error(source, at[0], at[1], message);
    }

    /** One row turned into a unit, or problems. */
    private static final class RowReader {
        private final String source;
        private final UnitsTable.Row row;
        private final UnitList list;
        private final List<Problem> problems;
        private final int before;

        RowReader(String source, UnitsTable.Row row, UnitList list, List<Problem> problems) {
            this.source = source;
            this.row = row;
            this.list = list;
            this.problems = problems;
            this.before = problems.size();
        }

        Optional<BatchUnit> read() {
            String code = code();
            if (code == null) {
                return Optional.empty();
            }
            String type = type();
            String[] typeAndName = splitName(row.text(UnitColumns.NAME));
            if (type == null) {
                type = typeAndName[0];
            }
            String name = typeAndName[1];
            Optional<AdministrativeUnit> listed = list.unit(code);
            if (listed.isPresent()) {
                AdministrativeUnit unit = listed.get();
                if (!unit.isCommune()) {
                    fail(UnitColumns.CODE, "mã " + code + " là " + unit.inText() + ", không phải đơn vị cấp xã");
                    return Optional.empty();
                }
                if (!name.isEmpty() && !UnitNames.fold(name).equals(UnitNames.fold(unit.name()))) {
                    fail(UnitColumns.NAME, "mã " + code + " trong danh mục " + list.edition() + " là " + unit.inText()
                            + ", không phải '" + row.text(UnitColumns.NAME) + "'; kiểm tra lại mã"
                            + otherEdition(code, name).orElse(""));
                } else if (!name.isEmpty() && !UnitNames.sameSpelling(VietnameseNames.lower(name),
                        VietnameseNames.lower(unit.name()))) {
                    // The letters match but a mark does not: a misspelling the documents would print.
                    fail(UnitColumns.NAME, "tên '" + name + "' khác tên trong danh mục '" + unit.name() + "' (mã " + code
                            + ") ở dấu; chép đúng tên trong danh mục hoặc để trống cột ten (chỉ vị trí dấu thanh"
                            + " được khác, như Hòa/Hoà)");
                }
                type = type != null ? type : unit.type();
                // The file's tone placement wins (Hoà where the list has Hòa); its case does not.
                name = UnitNames.sameSpelling(name, unit.name()) ? name : unit.name();
                checkProvince(unit);
            } else if (code.chars().allMatch(Character::isDigit)) {
                // Codes of digits are the list's: one that is not there is a typing slip, never a new unit.
                fail(UnitColumns.CODE, "mã " + code + " không có trong danh mục " + list.edition()
                        + otherEdition(code, name).orElse("; kiểm tra lại mã (đơn vị ngoài danh mục dùng mã riêng có"
                                + " chữ cái, ví dụ K01, cùng cột loai và ten)"));
            } else {
                if (type == null || name.isEmpty()) {
                    fail(UnitColumns.CODE, "mã " + code + " không có trong danh mục " + list.edition()
                            + otherEdition(code, name).orElse(
                                    "; đơn vị ngoài danh mục cần thêm cột loai (xã, phường, đặc khu) và ten"));
                }
                checkProvince(null);
            }
            if (problems.size() > before) {
                return Optional.empty();
            }
            String place = row.text(UnitColumns.PLACE).isEmpty() ? AdministrativeUnit.placeName(type, name)
                    : row.text(UnitColumns.PLACE);
            String territory = row.text(UnitColumns.TERRITORY).isEmpty() ? AdministrativeUnit.inText(type, name)
                    : row.text(UnitColumns.TERRITORY);
            return Optional.of(new BatchUnit(code, type, name, place, territory, Map.of(), source, row.line()));
        }

        /**
         * A units file written for the list before (or after) the 2025 reform is the usual reason a
         * code is not found or names another commune: say which --dvhc the file was written for.
         */
        private Optional<String> otherEdition(String code, String name) {
            for (String edition : UnitList.EDITIONS) {
                if (edition.equals(list.edition())) {
                    continue;
                }
                Optional<AdministrativeUnit> there = UnitList.of(edition).unit(code);
                if (there.isPresent() && there.get().isCommune()
                        && (name.isEmpty() || UnitNames.fold(name).equals(UnitNames.fold(there.get().name())))) {
                    return Optional.of("; mã này là " + there.get().inText() + " trong danh mục " + edition
                            + ": tệp đơn vị viết theo danh mục đó thì dùng --dvhc " + edition);
                }
            }
            return Optional.empty();
        }

        private String code() {
            String code = row.text(UnitColumns.CODE);
            if (code.isEmpty()) {
                fail(UnitColumns.CODE, "thiếu mã đơn vị (cột ma)");
                return null;
            }
            if (!CODE.matcher(code).matches()) {
                fail(UnitColumns.CODE, "mã '" + code + "' không hợp lệ: chỉ gồm chữ số, chữ cái không dấu, '-' và '_'");
                return null;
            }
            if (list.unit(code).isEmpty() && code.chars().allMatch(Character::isDigit) && code.length() < CODE_DIGITS) {
                return "0".repeat(CODE_DIGITS - code.length()) + code;
            }
            return code;
        }

        /** The loai column as one of the commune-level words, or null when empty or wrong. */
        private String type() {
            String type = row.text(UnitColumns.TYPE);
            if (type.isEmpty()) {
                return null;
            }
            for (String word : UnitList.COMMUNE_TYPES) {
                if (UnitNames.fold(word).equals(UnitNames.fold(type))) {
                    return word;
                }
            }
            fail(UnitColumns.TYPE, "loại '" + type + "' không hợp lệ; cần xã, phường hoặc đặc khu");
            return null;
        }

        private void checkProvince(AdministrativeUnit unit) {
            String query = row.text(UnitColumns.PROVINCE);
            if (query.isEmpty()) {
                return;
            }
            Optional<AdministrativeUnit> province = list.province(query);
            if (province.isEmpty()) {
                fail(UnitColumns.PROVINCE, unknownProvince(list, query));
            } else if (unit != null && !list.provinceOf(unit).equals(province.get())) {
                fail(UnitColumns.PROVINCE, "mã " + unit.code() + " (" + unit.inText() + ") thuộc "
                        + list.provinceOf(unit).inText() + ", không thuộc " + province.get().inText());
            }
        }

        private void fail(String column, String message) {
            problems.add(error(source, row, column, message));
        }
    }

    /**
     * "Phường Ba Đình" → [phường, Ba Đình]; "Ba Đình" → [null, Ba Đình]. The unit word must be
     * written with its diacritics: "Xà Phìn" is a name, not "xã Phìn".
     */
    static String[] splitName(String name) {
        String lower = VietnameseNames.lower(name);
        for (String word : UnitList.COMMUNE_TYPES) {
            if (lower.startsWith(word + " ")) {
                return new String[] {word, name.substring(word.length() + 1).strip()};
            }
        }
        return new String[] {null, name};
    }
}
