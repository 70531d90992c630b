package vn.vanban.importer;

import static vn.vanban.importer.ImportedText.capitalizeWords;
import static vn.vanban.importer.ImportedText.text;
import static vn.vanban.importer.ImportedText.titleCase;
import static vn.vanban.text.PlainText.withoutEndPunctuation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.Authority;
import vn.vanban.model.Signer;
import vn.vanban.model.VietnameseNames;
import vn.vanban.nd30.Label;

/**
 * The end of a plan after its body: "Nơi nhận:" and the recipients, the "Lưu:" line, and the
 * signature (authority, title, name). A line it cannot place goes to the closing paragraphs and
 * is noted.
 */
final class ClosingRecognizer {

    private static final Pattern RECIPIENTS = Pattern.compile("^Nơi\\s+nhận\\s*:?\\s*(.*)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARCHIVE = Pattern.compile("^[-+•–]?\\s*Lưu\\s*:?\\s+(.+)$");
    private static final Pattern AUTHORITY = Pattern.compile("^(TM|KT|TL|TUQ|Q)\\s*\\.\\s*(\\S.*)$");
    private static final Pattern SIGNATURE_NOTE = Pattern.compile("^[(\\[]?\\s*(đã ký|ký tên|ký,|ký và|đóng dấu|chữ ký)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private final List<ImportNote> notes;

    ClosingRecognizer(List<ImportNote> notes) {
        this.notes = notes;
    }

    /** Whether the closing starts at this paragraph: "Nơi nhận" or the signer's authority line (KT. CHỦ TỊCH). */
    static boolean startsClosing(String text) {
        return RECIPIENTS.matcher(text).matches() || AUTHORITY.matcher(text).matches() && TextSource.upperCase(text);
    }

    /** The signer, the recipients and the "Lưu:" list. */
    record Closing(Signer signer, List<String> recipients, List<String> archive) {
    }

    /** The closing lines read; a line not placed is added to {@code closingParagraphs}. */
    Closing closing(List<SourceParagraph> lines, List<String> closingParagraphs) throws UnreadableDocumentException {
        List<String> recipients = new ArrayList<>();
        List<String> archive = new ArrayList<>();
        Authority authority = null;
        String onBehalfOf = null;
        String principal = null;
        List<String> titleLines = new ArrayList<>();
        String name = null;
        boolean recipientsOpen = false;
        boolean signer = false;
        boolean sawRecipients = false;
        for (SourceParagraph line : lines) {
            String text = line.text();
            Matcher m = RECIPIENTS.matcher(text);
            if (m.matches()) {
                recipientsOpen = true;
                sawRecipients = true;
                text = m.group(1).strip();
                if (text.isEmpty()) {
                    continue;
                }
            }
            m = ARCHIVE.matcher(text);
            if (m.matches()) {
                for (String a : m.group(1).split("[,.;]\\s*")) {
                    if (!a.isBlank()) {
                        archive.add(text(a.strip()));
                    }
                }
                recipientsOpen = false;
                continue;
            }
            m = AUTHORITY.matcher(text);
            if (m.matches() && TextSource.upperCase(text)) {
                Authority found = Authority.valueOf(m.group(1));
                if (found == Authority.TM) {
                    onBehalfOf = VietnameseNames.sentenceCase(m.group(2));
                    authority = authority == null ? Authority.TM : authority;
                } else {
                    authority = found;
                    principal = titleCase(m.group(2));
                }
                signer = true;
                recipientsOpen = false;
                continue;
            }
            if (SIGNATURE_NOTE.matcher(text).find()) {
                notes.add(new ImportNote(line.number(), text, "ghi chú chữ ký, không đưa vào kế hoạch"));
                continue;
            }
            boolean dashed = Label.of(text) != null && Label.of(text).kind() == Label.Kind.DASH;
            if (recipientsOpen && (dashed || !TextSource.upperCase(text))) {
                String recipient = recipient(text);
                if (!recipient.isEmpty()) {
                    recipients.add(recipient);
                }
                continue;
            }
            if (TextSource.upperCase(text) && name == null && !dashed) {
                titleLines.add(text);
                signer = true;
                continue;
            }
            if ((signer || !archive.isEmpty()) && !dashed) {
                if (name != null) {
                    notes.add(new ImportNote(line.number(), name, "có hai dòng giống họ tên người ký; lấy dòng sau"));
                }
                name = text(text);
                continue;
            }
            notes.add(new ImportNote(line.number(), text, "không nhận ra ở phần cuối văn bản; giữ thành đoạn kết"));
            closingParagraphs.add(text(text));
        }
        if (name == null && titleLines.size() >= 2) {
            // A name typed in capitals: the last capital line is the name, not a title.
            String last = titleLines.remove(titleLines.size() - 1);
            name = text(capitalizeWords(last));
            notes.add(new ImportNote(0, last, "họ tên người ký viết in hoa; ghi là " + name + ", hãy xem lại nguoi_ky"));
        }
        if (name == null) {
            throw new UnreadableDocumentException("không thấy họ tên người ký ở cuối văn bản (sau dòng chức vụ như KT. CHỦ TỊCH)");
        }
        if (!sawRecipients) {
            notes.add(new ImportNote(0, null, "không thấy \"Nơi nhận:\"; noi_nhan để trống"));
        }
        if (archive.isEmpty()) {
            archive.add("VT");
            notes.add(new ImportNote(0, null, "không thấy dòng \"Lưu:\"; tạm ghi luu: [VT]"));
        }
        String signerTitle = titleLines.isEmpty() ? null : titleCase(String.join(" ", titleLines));
        if (authority == Authority.Q && signerTitle != null) {
            // "Q. CHỦ TỊCH" says the title already; the decree prints no second line.
            notes.add(new ImportNote(0, signerTitle, "quyền hạn Q. chỉ in chức vụ người đứng đầu; bỏ dòng chức vụ"));
            signerTitle = null;
        } else if (authority != Authority.Q && signerTitle == null) {
            if (principal == null) {
                throw new UnreadableDocumentException("không thấy chức vụ người ký (dòng in hoa như CHỦ TỊCH trên họ tên)");
            }
            signerTitle = "Phó " + principal;
            notes.add(new ImportNote(0, null, "không thấy dòng chức vụ người ký; tạm ghi chuc_vu: " + signerTitle));
        }
        return new Closing(new Signer(authority, onBehalfOf, principal, signerTitle, name), recipients, archive);
    }

    /** "- VP UBND huyện; (b/c)" → "VP UBND huyện (b/c)": vanban writes the dash and the semicolon. */
    private static String recipient(String line) {
        String text = line.replaceFirst("^[-+•–]\\s*", "");
        text = text.replaceAll("\\s*;\\s*\\(", " (");
        return text(withoutEndPunctuation(text));
    }
}
