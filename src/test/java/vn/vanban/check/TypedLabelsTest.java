package vn.vanban.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.vanban.check.Edits.all;
import static vn.vanban.check.Edits.doc;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.vanban.check.Components.BodyKind;
import vn.vanban.check.Components.BodyPara;
import vn.vanban.docx.TestDocx;

/**
 * The checker reads the labels a clerk types (I., 1.1., a), -) through the rule book's
 * {@code Label}, as the importer does. These are the paragraphs its own patterns used to read
 * otherwise, each typed into the corrected Cẩm Ngọc rendering, with the reading kept.
 */
class TypedLabelsTest {

    private static byte[] edited(UnaryOperator<byte[]> edit) {
        return edit.apply(RuleViolationsTest.base(RuleViolationsTest.CLEAN));
    }

    private static BodyPara bodyPara(byte[] docx, String start) {
        return Recognizer.recognize(TestDocx.read(docx)).body().stream()
                .filter(b -> b.para().text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no body paragraph starts with " + start));
    }

    private static List<Finding> findings(byte[] docx, String rule) {
        return TestDocx.check(docx).stream().filter(f -> f.rule().id().equals(rule)).toList();
    }

    @ParameterizedTest(name = "\"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        // A figure is not item 3.: "3." followed by "5 triệu" used to be read as one.
        "Kinh phí thực hiện|3.5 triệu đồng là kinh phí thực hiện|PARAGRAPH",
        // A space typed before the dot: still the heading, and still the item.
        "IV. TỔ CHỨC THỰC HIỆN|IV . TỔ CHỨC THỰC HIỆN|SECTION",
        "1. Trạm Y tế|1 . Trạm Y tế|ITEM",
        // A space typed before the bracket: still a point.
        "- Thường xuyên|đ ) Thường xuyên|POINT",
        // An em dash (or another dash Word puts) for "-": still a dash entry.
        "- Thường xuyên|— Thường xuyên|DASH",
        "- Thường xuyên|‐ Thường xuyên|DASH",
        // An item opening with a quotation mark or a figure after its dot and a space: still an item.
        "2. Yêu cầu|2. “Yêu cầu”|ITEM",
        "2. Yêu cầu|2. 100% yêu cầu đạt|ITEM",
    })
    void readsTheLabelAsTheImporterDoes(String clean, String typed, BodyKind kind) {
        byte[] docx = edited(doc(">" + clean, ">" + typed));
        assertEquals(kind, bodyPara(docx, typed).kind());
    }

    /** "IV . TỔ CHỨC ..." is checked as the heading it is, not as a sentence typed in capitals. */
    @Test
    void aHeadingTypedWithASpaceBeforeItsDotIsCheckedAsAHeading() {
        byte[] docx = edited(doc(">IV. TỔ CHỨC THỰC HIỆN<", ">IV . TỔ CHỨC THỰC HIỆN<"));
        assertEquals(List.of(), TestDocx.ids(TestDocx.check(docx)));
    }

    /**
     * "1.1 Thường xuyên ..." (the sub-item's last dot left out) is item 1.1. under item 1., so item
     * 1. has content under it and its paragraph is its title; read as item 1. it had none.
     */
    @Test
    void aSubItemWithoutItsLastDotIsOneLevelDown() {
        byte[] docx = edited(doc(">- Thường xuyên", ">1.1 Thường xuyên"));
        assertEquals(BodyKind.ITEM, bodyPara(docx, "1.1 Thường xuyên").kind());
        BodyPara parent = bodyPara(docx, "1. Nâng cao hiệu quả");
        assertTrue(parent.titled());
        assertEquals(parent.para().text().length(), parent.titleEnd());
    }

    /** A point typed "đ )" in first place is out of order; the corrected line keeps what follows its label. */
    @Test
    void aPointTypedWithASpaceIsMendedInPlace() {
        byte[] docx = edited(doc(">- Thường xuyên", ">đ ) Thường xuyên"));
        List<Finding> order = findings(docx, "ND30-POINT-ORDER");
        assertEquals(1, order.size(), () -> TestDocx.ids(TestDocx.check(docx)).toString());
        assertTrue(order.get(0).correction().startsWith("a) Thường xuyên tổ chức"), order.get(0).correction());
    }

    /**
     * A recipient typed with a bullet starts a recipient of its own, as a dash does: the line
     * above must end with ";", and the bullet must be a dash. Both used to pass, the bullet line
     * taken for the rest of the line above.
     */
    @Test
    void aRecipientTypedWithABulletStartsARecipient() {
        byte[] docx = edited(all(doc(">- TT Đảng uỷ, HĐND xã (b/c);<", ">- TT Đảng uỷ, HĐND xã (b/c)<"),
                doc(">- Đ/c Chủ tịch UBND xã (b/c);<", ">• Đ/c Chủ tịch UBND xã (b/c);<")));
        List<String> corrections = findings(docx, "ND30-RECIPIENTS-PUNCTUATION").stream().map(Finding::correction).toList();
        assertEquals(List.of("- TT Đảng uỷ, HĐND xã (b/c);", "- Đ/c Chủ tịch UBND xã (b/c);"), corrections);
    }

    /** A "+" line under a recipient that runs on ("- UBND các xã:") is an entry of that recipient. */
    @Test
    void aPlusLineUnderAnOpenRecipientBelongsToIt() {
        byte[] docx = edited(all(doc(">- TT Đảng uỷ, HĐND xã (b/c);<", ">- TT Đảng uỷ, HĐND xã (b/c)<"),
                doc(">- Đ/c Chủ tịch UBND xã (b/c);<", ">+ Đ/c Chủ tịch UBND xã (b/c);<")));
        assertEquals(List.of(), findings(docx, "ND30-RECIPIENTS-PUNCTUATION"));
    }

    /** The Lưu line typed with an em dash is still the Lưu line, and its correction is known. */
    @Test
    void anArchiveLineTypedWithAnEmDashIsMended() {
        byte[] docx = edited(doc(">- Lưu: VT, VH.<", ">— Lưu: VH, VT.<"));
        List<Finding> archive = findings(docx, "ND30-ARCHIVE-LINE");
        assertEquals(1, archive.size(), () -> TestDocx.ids(TestDocx.check(docx)).toString());
        assertEquals("- Lưu: VT, VH.", archive.get(0).correction());
    }
}
