package vn.vanban.check;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.nd30.ArchiveLine;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Label;

/** The closing block: signer (ô 7) and Nơi nhận (ô 9b). */
final class ClosingChecks {

    private static final Pattern AUTHORITY = Pattern.compile("(?U)^(TM|KT|TL|TUQ|Q|T/M|K/T|T/L)(\\.?)\\s*(.*)$");
    /** The dashes a recipient's line may open with: the hyphen, and the hyphen and en dash Word puts for it. */
    private static final Set<String> RECIPIENT_DASHES = Set.of("-", "‐", "–");

    private ClosingChecks() {
    }

    static void check(Findings f, Components c) {
        signer(f, c);
        recipients(f, c);
    }

    private static void signer(Findings f, Components c) {
        if (c.signerTitles().isEmpty()) {
            f.notFound(Rules.SIGNER_MISSING, "quyền hạn, chức vụ người ký ở cuối văn bản");
        }
        for (Line title : c.signerTitles()) {
            FormatChecks.check(f, Component.SIGNER_TITLE, title);
            Matcher m = AUTHORITY.matcher(title.text().strip());
            if (m.matches() && (m.group(1).contains("/") || m.group(2).isEmpty())) {
                f.at(Rules.SIGNER_AUTHORITY, title, "viết \"" + title.text().strip() + "\"",
                        CorrectedText.authority(m.group(1), m.group(3)));
            }
        }
        if (c.signerName() == null) {
            if (!c.signerTitles().isEmpty()) {
                Line last = c.signerTitles().get(c.signerTitles().size() - 1);
                f.at(Rules.SIGNER_NAME_MISSING, last, "không tìm thấy họ tên người ký dưới chức vụ");
            }
            return;
        }
        FormatChecks.check(f, Component.SIGNER_NAME, c.signerName());
    }

    private static void recipients(Findings f, Components c) {
        Line label = c.recipientsLabel();
        if (label == null) {
            f.notFound(Rules.RECIPIENTS_MISSING, "\"Nơi nhận:\" ở cuối văn bản");
            return;
        }
        FormatChecks.check(f, Component.RECIPIENTS_LABEL, label);
        String labelText = label.text().strip();
        if (!labelText.endsWith(":")) {
            f.at(Rules.RECIPIENTS_PUNCTUATION, label, "viết \"" + labelText + "\", thiếu dấu hai chấm",
                    CorrectedText.ending(labelText, ":"));
        }
        List<Line> lines = c.recipients();
        if (lines.isEmpty()) {
            f.at(Rules.RECIPIENTS_MISSING, label, "không có danh sách nơi nhận dưới \"Nơi nhận:\"");
            return;
        }
        for (Line line : lines) {
            FormatChecks.check(f, Component.RECIPIENTS, line);
        }
        int archive = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (ClosingRecognizer.archiveLine(lines.get(i).text())) {
                archive = i;
            }
        }
        boolean continues = false;
        for (int i = 0; i < lines.size(); i++) {
            if (i == archive) {
                continues = false;
                continue;
            }
            Line line = lines.get(i);
            String text = line.text().strip();
            // A line opening with a dash (typed as a bullet or an em dash, too) starts a recipient;
            // so does any line under one that ended. Its "+" entries are not recipients of their own.
            boolean starts = dashed(text) || !continues;
            boolean nextStartsItem = i + 1 >= lines.size() || i + 1 == archive || dashed(lines.get(i + 1).text());
            // The line as it should read: with its dash unless it carries on the line above, and
            // with its semicolon when it is the last line of its recipient.
            String corrected = CorrectedText.recipient(text, starts, nextStartsItem);
            if (starts && !typedWithDash(text)) {
                f.at(Rules.RECIPIENTS_PUNCTUATION, line, "dòng \"" + VietnameseText.excerpt(text)
                        + "\" không bắt đầu bằng gạch đầu dòng (-)", CorrectedText.changed(text, corrected));
            }
            boolean endsItem = text.endsWith(";") || text.endsWith(".");
            String note = CorrectedText.noteAfterSemicolon(text);
            if (!text.endsWith(";") && nextStartsItem) {
                f.at(Rules.RECIPIENTS_PUNCTUATION, line, "dòng \"" + VietnameseText.excerpt(text) + "\" "
                        + (note == null ? "không kết thúc bằng dấu chấm phẩy (;)"
                                : "có ghi chú \"" + note + "\" sau dấu chấm phẩy, ghi chú phải đứng trước dấu chấm phẩy"),
                        CorrectedText.changed(text, corrected));
            }
            continues = !endsItem && note == null;
        }
        if (archive < 0) {
            f.at(Rules.ARCHIVE_LINE, lines.get(lines.size() - 1), "không có dòng \"- Lưu: VT, ...\"");
            return;
        }
        Line archiveLine = lines.get(archive);
        String text = archiveLine.text().strip().replace('–', '-');
        if (archive != lines.size() - 1) {
            f.at(Rules.ARCHIVE_LINE, archiveLine, "dòng Lưu không phải dòng cuối của nơi nhận");
        } else if (!ArchiveLine.complete(text)) {
            String corrected = CorrectedText.archive(text);
            f.at(Rules.ARCHIVE_LINE, archiveLine, "viết \"" + archiveLine.text().strip() + "\""
                    + (corrected == null ? ", không có chữ viết tắt đơn vị soạn thảo" : ""), corrected);
        }
    }

    private static boolean typedWithDash(String text) {
        String typed = Label.typed(text);
        return typed != null && RECIPIENT_DASHES.contains(typed);
    }

    private static boolean dashed(String text) {
        Label label = Label.of(text);
        return label != null && label.kind() == Label.Kind.DASH;
    }
}
