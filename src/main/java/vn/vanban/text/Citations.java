package vn.vanban.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a plan's text cites another document: from a document symbol ("Kế hoạch số
 * 1379/KH-UBND", "công văn số 789/UBND-VP", "178/2004/NĐ-CP") or a named law ("Luật Phòng, chống
 * ma túy năm 2021") to the end of its clause: ";", ":", the end of a sentence, an empty line, or a
 * comma followed by the body that acts ("..., Ủy ban nhân dân tỉnh ban hành ..."). What stands
 * there is the cited document's own wording (its subject, its issuer, its area), which a tool
 * must not rewrite: next-year keeps its years, derive keeps its "tỉnh".
 */
public final class Citations {

    /** [start, end) of a citation in the text. */
    public record Span(int start, int end) {
        public boolean contains(int offset) {
            return offset >= start && offset < end;
        }
    }

    /** What starts a citation: a document symbol such as 1379/KH-UBND or 178/2004/NĐ-CP, or a named law. */
    private static final Pattern CITATION_HEAD = Pattern.compile(
            "(?<![\\p{L}\\p{N}/])\\d{1,5}(?:/(?:19|20|21)\\d\\d)?/\\p{Lu}[\\p{L}\\p{N}]*(?:[-.][\\p{L}\\p{N}]+)*"
            + "|(?<!\\p{L})(?:Bộ luật|Luật|Pháp lệnh|Hiến pháp)\\s+\\p{L}");
    /** Where a citation's clause ends; the body names after a comma are the ones that start a plan's own sentence. */
    private static final Pattern CITATION_END = Pattern.compile(
            "[;:]|\\.(?=\\s|$)|\\n\\s*\\n"
            + "|,\\s+(?=(?:Ủy ban|Uỷ ban|UBND|Hội đồng|HĐND|Sở|Ban|Bộ|Phòng|Trạm|Công an|Đảng ủy|Đảng uỷ"
            + "|Văn phòng|Trung tâm|Chủ tịch|\\$\\{(?:co_quan|dia_ban|viet_tat)})(?![\\p{L}]))");

    private Citations() {
    }

    /** Every citation of the text, in order. */
    public static List<Span> find(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher head = CITATION_HEAD.matcher(text);
        Matcher end = CITATION_END.matcher(text);
        while (head.find()) {
            int stop = end.find(head.end()) ? end.start() : text.length();
            spans.add(new Span(head.start(), stop));
        }
        return spans;
    }

    /** Whether the offset lies inside one of the spans. */
    public static boolean contains(List<Span> spans, int offset) {
        for (Span span : spans) {
            if (span.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
