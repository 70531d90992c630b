package vn.vanban.importer;

import java.util.List;
import java.util.Optional;
import vn.vanban.companion.CompanionKind;
import vn.vanban.docx.UnreadableDocumentException;
import vn.vanban.model.DocumentKind;
import vn.vanban.nd30.Component;
import vn.vanban.nd30.Label;

/**
 * A document that travels with a plan — its Quyết định, a Báo cáo on its results, a Công văn that
 * sends it down — is not a plan, and importing it as one would lose what makes it that document
 * (articles, a targets table, addressees). It is refused by its name, with where it was told and
 * the command that writes it from the plan. A Công văn has no type name: its "V/v ..." subject or
 * its "Kính gửi" above the first part tells it.
 */
final class CompanionRefusal {

    /** How far down a Công văn's "V/v" or "Kính gửi" stands at most, in paragraphs. */
    private static final int HEADER_REACH = 60;
    private static final String NATIONAL_TITLE = ImportedText.fold(Component.NATIONAL_TITLE.fixedText);
    /** "KINH GUI", ô 9a's words as the rule book writes them, folded, without the colon. */
    private static final String ADDRESSEE_WORDS = ImportedText.fold(Component.ADDRESSEE.fixedText.replace(":", ""));

    private CompanionRefusal() {
    }

    /**
     * @param named the kind the type name names, or null when none was found
     * @param title the paragraph of the type name, or null
     * @throws UnreadableDocumentException for a Quyết định, a Báo cáo or a Công văn
     */
    static void refuse(DocumentKind named, SourceParagraph title, List<SourceParagraph> paragraphs, Source.Kind source)
            throws UnreadableDocumentException {
        if (named != null) {
            Optional<CompanionKind> companion = companion(named);
            if (companion.isPresent()) {
                throw refusal(companion.get(), source.unit() + " " + title.number() + ": tên loại «" + title.text().strip() + "»");
            }
            return;
        }
        boolean nationalTitle = false;
        for (SourceParagraph p : paragraphs.subList(0, Math.min(paragraphs.size(), HEADER_REACH))) {
            if (Label.isSection(p.text())) {
                return;
            }
            String folded = ImportedText.fold(p.text());
            // Only under the Quốc hiệu: a private letter opens "Kính gửi anh Nam," too.
            nationalTitle |= folded.contains(NATIONAL_TITLE);
            if (nationalTitle && (folded.startsWith("V/V ") || folded.matches("^" + ADDRESSEE_WORDS + "\\s*:.*"))) {
                throw refusal(companion(DocumentKind.CONG_VAN).orElseThrow(), source.unit() + " " + p.number()
                        + ": «" + ImportNote.firstWords(p.text()) + "», công văn không có tên loại");
            }
        }
    }

    private static Optional<CompanionKind> companion(DocumentKind kind) {
        for (CompanionKind companion : CompanionKind.values()) {
            if (companion.kind() == kind) {
                return Optional.of(companion);
            }
        }
        return Optional.empty();
    }

    private static UnreadableDocumentException refusal(CompanionKind companion, String where) {
        String name = companion.kind().displayName();
        return new UnreadableDocumentException("đây là " + name + " (" + where + "), không phải kế hoạch: vanban import chỉ nhập kế hoạch."
                + " " + companion.title() + " một kế hoạch được soạn từ tệp YAML của kế hoạch đó: vanban companion"
                + " KE-HOACH.yaml --loai " + companion.key());
    }
}
