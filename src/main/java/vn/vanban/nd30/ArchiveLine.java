package vn.vanban.nd30;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The line that ends Nơi nhận (Phụ lục I, mục II.9.d): "Lưu" and a colon, "VT" (the records office),
 * then the drafting unit's abbreviation (and the number of copies kept, when needed), a full stop:
 * "- Lưu: VT, NVĐP.". vanban writes it, checks it in a .docx and warns of a plan's that will fail.
 */
public final class ArchiveLine {

    /** Văn thư, the records office, which Lưu names first. */
    public static final String RECORDS_OFFICE = "VT";

    private static final Pattern COMPLETE = Pattern.compile("(?U)^-\\s*Lưu\\s*:\\s*VT\\s*,\\s*\\S.*\\.$");

    private ArchiveLine() {
    }

    /** The line as vanban prints it from its entries, each without end punctuation: [VT, NVĐP] → "- Lưu: VT, NVĐP.". */
    public static String of(List<String> entries) {
        return "- Lưu: " + String.join(", ", entries) + ".";
    }

    /** Whether a printed line says all the decree asks: VT first, then at least the drafting unit. */
    public static boolean complete(String line) {
        return COMPLETE.matcher(line).matches();
    }

    /** Whether the entries name the records office first, as the decree's order has it. */
    public static boolean recordsOfficeFirst(List<String> entries) {
        return !entries.isEmpty() && entries.get(0).strip().equals(RECORDS_OFFICE);
    }
}
