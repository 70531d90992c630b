package vn.vanban.nd30;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a legal basis opens with (Phụ lục I, mục II.6.a; the samples of Phụ lục III): "Căn
 * cứ", and "Thực hiện", "Theo đề nghị", "Xét đề nghị" among the bases. A line that opens otherwise
 * is not read as a basis: printed in italic among them, it is the odd line out.
 */
public final class BasisLead {

    /** The lead a cited document gets when the plan names none. */
    public static final String DEFAULT = "Căn cứ";
    public static final List<String> ALL = List.of(DEFAULT, "Thực hiện", "Theo đề nghị", "Xét đề nghị");

    private static final Pattern OPENS = Pattern.compile("(?iUs)^(" + String.join("|", ALL) + ")\\b.*");

    private BasisLead() {
    }

    /** Whether the text opens with a lead word, in whatever case it was typed. */
    public static boolean opens(String text) {
        return OPENS.matcher(text.strip()).matches();
    }

    /** The lead words as a clerk reads them: 'Căn cứ', 'Thực hiện', 'Theo đề nghị' hoặc 'Xét đề nghị'. */
    public static String listed() {
        List<String> quoted = ALL.stream().map(w -> "'" + w + "'").toList();
        return String.join(", ", quoted.subList(0, quoted.size() - 1)) + " hoặc " + quoted.get(quoted.size() - 1);
    }
}
