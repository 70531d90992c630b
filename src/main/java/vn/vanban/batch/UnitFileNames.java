package vn.vanban.batch;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import vn.vanban.io.FileIdentity;
import vn.vanban.problem.Problem;
import vn.vanban.units.UnitNames;

/**
 * The file names of a batch's units: the unit's code, then its type and name without diacritics
 * ("00004-phuong-ba-dinh"), short enough for Windows and Linux and never a name Windows reserves;
 * and, before anything is written, the units whose names would be one file.
 */
public final class UnitFileNames {

    /**
     * Longest stem: a file name may have 255 characters, but Windows still limits a whole path to
     * 260 unless long paths are switched on, and the folder takes its share. The longest commune
     * name in the official lists gives a stem of about 30.
     */
    static final int MAX_STEM = 80;
    private static final int WORD = 20;

    /** Names Windows gives to devices, whatever the extension: "CON.docx" cannot be created there. */
    private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private UnitFileNames() {
    }

    /** The stem of a unit's files: the whole code, then as much of the name as fits, cut between words. */
    static String stem(String code, String typeAndName) {
        String slug = UnitNames.slug(typeAndName);
        String stem = slug.isEmpty() ? code : code + "-" + slug;
        if (stem.length() > MAX_STEM) {
            String cut = stem.substring(0, MAX_STEM);
            int lastHyphen = cut.lastIndexOf('-');
            // Between words, unless a word longer than any real one would take most of the name with it.
            stem = lastHyphen > code.length() && lastHyphen >= MAX_STEM - WORD ? cut.substring(0, lastHyphen) : cut;
        }
        if (RESERVED.contains(stem.toUpperCase(Locale.ROOT))) {
            stem = stem + "_";
        }
        return stem;
    }

    /**
     * One problem for each unit whose file would be the file of a unit before it, on a file system
     * that ignores case too (Windows, macOS, and a zip opened there): such a run would keep one of
     * the two documents and lose the other.
     */
    public static List<Problem> collisions(List<BatchUnit> units, String extension) {
        Map<String, BatchUnit> first = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        for (BatchUnit unit : units) {
            String file = unit.fileStem() + extension;
            BatchUnit earlier = first.putIfAbsent(FileIdentity.caseFolded(file), unit);
            if (earlier == null) {
                continue;
            }
            String message = "đơn vị " + unit.label() + " ra cùng tệp " + file + " với đơn vị " + earlier.label()
                    + (earlier.source() == null ? "" : " (dòng " + earlier.line() + ")")
                    + "; mỗi đơn vị cần một tệp riêng: sửa mã hoặc tên để tên tệp khác nhau"
                    + " (tên tệp không phân biệt chữ hoa, chữ thường và chỉ giữ " + MAX_STEM + " ký tự đầu)";
            problems.add(unit.source() == null ? Problem.ofFile(unit.code(), message)
                    : Problem.error(unit.source(), unit.line(), 1, message));
        }
        return problems;
    }
}
