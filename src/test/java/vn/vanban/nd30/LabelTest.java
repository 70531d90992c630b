package vn.vanban.nd30;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "I. MỤC ĐÍCH, YÊU CẦU|SECTION|0|I.|MỤC ĐÍCH, YÊU CẦU",
        "IV .Tổ chức thực hiện|SECTION|0|IV.|Tổ chức thực hiện",
        "1. Mục đích|ITEM|1|1.|Mục đích",
        "12) Công an xã|ITEM|1|12.|Công an xã",
        "1.1. Tuyên truyền|ITEM|2|1.1.|Tuyên truyền",
        "2.1.3.Kiểm tra|ITEM|3|2.1.3.|Kiểm tra",
        "1.1 Tăng cường|ITEM|2|1.1.|Tăng cường",
        "a) Đối với xã|POINT|0|a)|Đối với xã",
        "đ ) Các nội dung khác|POINT|0|đ)|Các nội dung khác",
        "aa) Sau chữ y|POINT|0|aa)|Sau chữ y",
        "- Thường xuyên|DASH|0|-|Thường xuyên",
        "– Gạch ngang dài|DASH|0|-|Gạch ngang dài",
        "• Chấm tròn|DASH|0|-|Chấm tròn",
        "+ Ý nhỏ|PLUS|0|+|Ý nhỏ",
        "— Gạch ngang dài hơn|DASH|0|-|Gạch ngang dài hơn",
        "‐ Gạch nối|DASH|0|-|Gạch nối",
        "− Dấu trừ|DASH|0|-|Dấu trừ",
        "1. 100% số hộ được tuyên truyền|ITEM|1|1.|100% số hộ được tuyên truyền",
        "2. “Ngày hội toàn dân”|ITEM|1|2.|“Ngày hội toàn dân”",
        "3) 05 lớp tập huấn|ITEM|1|3.|05 lớp tập huấn",
        "1.2. 50% số xã|ITEM|2|1.2.|50% số xã",
    })
    void readsEveryLabelTheDecreesNumberingWrites(String paragraph, Label.Kind kind, int depth, String text, String rest) {
        Label label = Label.of(paragraph);
        assertEquals(new Label(kind, depth, text, rest), label);
    }

    /** The checker wants to know how a label was typed: a recipient's dash must be "-". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "IV .Tổ chức thực hiện|IV .",
        "đ ) Các nội dung khác|đ )",
        "– Sở Y tế;|–",
        "• Sở Y tế;|•",
        "'  a)Tăng cường'|a)",
        "1.1 Tăng cường|1.1",
        "12) Công an xã|12)",
        "Căn cứ Luật|",
        "3.5 triệu đồng|",
    })
    void tellsHowALabelWasTyped(String paragraph, String typed) {
        assertEquals(typed, Label.typed(paragraph));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "- Lưu: VT, VP.|true|Lưu: VT, VP.",
        "+ Xã Tả Phìn;|true|Xã Tả Phìn;",
        "• Sở Y tế;|true|Sở Y tế;",
        "' Lưu: VT. '|false|Lưu: VT.",
        "a) Đối với xã|false|a) Đối với xã",
        "1. Mục đích|false|1. Mục đích",
    })
    void aDashOrPlusOpensADashEntry(String paragraph, boolean dashEntry, String withoutDash) {
        assertEquals(dashEntry, Label.isDashEntry(paragraph));
        assertEquals(withoutDash, Label.withoutDash(paragraph));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5 triệu đồng mỗi năm", "15/3/2023 là ngày", "Căn cứ Luật", "2023. Năm", "abc) không phải điểm",
        "Điều 1. Ban hành", "", "10.000 người tham gia", "12.5% số hộ", "1.1 triệu đồng", "15.3.2023 là ngày"})
    void aParagraphWithoutALabelHasNone(String paragraph) {
        assertNull(Label.of(paragraph));
    }

    @ParameterizedTest
    @CsvSource({"1, a)", "5, đ)", "23, y)", "24, aa)"})
    void readsBackWhatNumberingWrites(int n, String expected) {
        assertEquals(expected, Numbering.letter(n) + ")");
        assertEquals(Numbering.letter(n), Label.of(Numbering.letter(n) + ") văn bản").pointLetter());
        assertEquals(Numbering.roman(n) + ".", Label.of(Numbering.roman(n) + ". PHẦN").text());
    }
}
